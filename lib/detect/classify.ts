/**
 * Decide what each amount is from the walks around it (walks.ts): the nearest asset named before
 * it in the same sentence (or right after it) wins; aggregate, change, fee and cost cues in the
 * same clause override; otherwise the topic of earlier sentences or of `context` decides. A
 * Bitcoin reading must then be plausible.
 */

import type { Amounts } from './amounts';
import type { Events } from './events';
import { approxUsd, plausible } from './plausibility';
import { C_BTC, C_OTHER, C_PER_COIN, type DetectOptions, type PriceKind } from './types';
import { walkFwd } from './walk-fwd';
import { type Found, type Verdict, walkBack } from './walks';

export interface Classified {
  kind: PriceKind;
  value: number;
  confidence: number;
}

const fits = (
  v: number,
  cur: string,
  usdPer: DetectOptions['usdPer'],
  spot: number | undefined,
  cost: boolean,
) => plausible(approxUsd(v, cur, usdPer), spot, cost);

// One result object, overwritten by each call and read before the next: no allocation per amount.
const R: Classified = { kind: 'other', value: 0, confidence: 0 };
function result(kind: PriceKind, value: number, confidence: number): Classified {
  R.kind = kind;
  R.value = value;
  R.confidence = confidence;
  return R;
}

/** Classify amount i. `all` merges keyword and amount events; all[p] is this amount. */
export function classify(
  s: string,
  a: Amounts,
  i: number,
  all: Events,
  p: number,
  opts: DetectOptions,
  contextTopic: Verdict,
): Classified {
  const start = a.start[i]!;
  const back = walkBack(s, all, p, start);
  const fwd = walkFwd(s, all, p, a.end[i]!);
  let pick: Found;
  if (fwd.change) pick = fwd;
  else if (back.v && fwd.v) pick = fwd.d < back.d && !(back.v === 'cost' && fwd.v === 'btc') ? fwd : back;
  else pick = back.v ? back : fwd;
  let verdict = pick.v;
  let conf = pick.why;
  if (!verdict) {
    const prior = fwd.weak ?? topicBefore(all, back.stop, start, 600);
    verdict = prior ?? contextTopic;
    conf = prior ? 0.65 : contextTopic ? 0.6 : 0.55;
  }
  if (a.signed[i] || verdict === 'other' || !verdict) return result('other', a.value[i]!, conf);
  // A Bitcoin reading must be believable; an ambiguous separator may be read the other way.
  const cost = verdict === 'cost';
  const currency = a.currency[i]!;
  const alt = a.alt[i]!;
  const { usdPer, spotUsd } = opts;
  let value = a.value[i]!;
  if (
    !Number.isNaN(alt) &&
    fits(alt, currency, usdPer, spotUsd, cost) &&
    (!fits(value, currency, usdPer, spotUsd, cost) ||
      (!fits(value, currency, usdPer, spotUsd || 1e5, cost) &&
        fits(alt, currency, usdPer, spotUsd || 1e5, cost)))
  )
    value = alt;
  if (!fits(value, currency, usdPer, spotUsd, cost)) return result('other', value, 0.7);
  // Millions and more need a price cue to be a forecast rather than a sum.
  if (a.scale[i]! >= 1e6 && !(back.verb || back.noun || fwd.noun) && !cost) {
    return result('other', value, 0.6);
  }
  return result(cost ? 'btc_cost' : 'btc_price', value, conf);
}

/** The nearest asset named before position `from` (across sentences), within `span` characters. */
function topicBefore(all: Events, j: number, from: number, span: number): Verdict {
  for (let i = j; i >= 0 && i > j - 60; i--) {
    if (from - all.end[i]! > span) break;
    const cat = all.cat[i];
    if (cat === C_BTC || cat === C_PER_COIN) return 'btc';
    if (cat === C_OTHER) return 'other';
  }
  return null;
}

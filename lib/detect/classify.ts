/**
 * Decide what each amount is from the walks around it (walks.ts): the nearest asset named before
 * it in the same sentence (or right after it) wins; aggregate, change, fee and cost cues in the
 * same clause override; otherwise the topic of earlier sentences or of `context` decides. A
 * Bitcoin reading must then be plausible.
 */

import { approxUsd, plausible } from './plausibility';
import type { Amount, DetectOptions, Ev, PriceKind } from './types';
import { walkFwd } from './walk-fwd';
import { type Found, topicBefore, type Verdict, walkBack } from './walks';

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

/** Classify one amount. `all` merges keyword and amount events; all[p] is this amount. */
export function classify(
  s: string,
  a: Amount,
  all: Ev[],
  p: number,
  opts: DetectOptions,
  contextTopic: Verdict,
): Classified {
  const back = walkBack(s, all, p, a.start);
  const fwd = walkFwd(s, all, p, a.end);
  let pick: Found;
  if (fwd.change) pick = fwd;
  else if (back.v && fwd.v) pick = fwd.d < back.d && !(back.v === 'cost' && fwd.v === 'btc') ? fwd : back;
  else pick = back.v ? back : fwd;
  let verdict = pick.v;
  let conf = pick.why;
  if (!verdict) {
    const prior = fwd.weak ?? topicBefore(all, back.stop, a.start, 600);
    verdict = prior ?? contextTopic;
    conf = prior ? 0.65 : contextTopic ? 0.6 : 0.55;
  }
  if (a.signed || verdict === 'other' || !verdict) return { kind: 'other', value: a.value, confidence: conf };
  // A Bitcoin reading must be believable; an ambiguous separator may be read the other way.
  const cost = verdict === 'cost';
  const { currency, alt } = a;
  const { usdPer, spotUsd } = opts;
  let value = a.value;
  if (
    !Number.isNaN(alt) &&
    fits(alt, currency, usdPer, spotUsd, cost) &&
    (!fits(value, currency, usdPer, spotUsd, cost) ||
      (!fits(value, currency, usdPer, spotUsd || 1e5, cost) &&
        fits(alt, currency, usdPer, spotUsd || 1e5, cost)))
  )
    value = alt;
  if (!fits(value, currency, usdPer, spotUsd, cost)) return { kind: 'other', value, confidence: 0.7 };
  // Millions and more need a price cue to be a forecast rather than a sum.
  if (a.scale >= 1e6 && !(back.verb || back.noun || fwd.noun) && !cost) {
    return { kind: 'other', value, confidence: 0.6 };
  }
  return { kind: cost ? 'btc_cost' : 'btc_price', value, confidence: conf };
}

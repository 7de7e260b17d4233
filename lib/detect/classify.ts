/**
 * Stages 4–7 of the detector for one amount (lib/detect/README.md): walk the cues around it (walks.ts),
 * gather what surrounds it (features.ts, sentence.ts), and let the learned model (model.ts) say what it
 * is. Hard limits stay rules: a signed amount is a change, and a Bitcoin reading must be plausible against
 * spot.
 */

import type { Amounts } from './amounts';
import type { Around } from './around';
import { wordVotes } from './context-words';
import type { Events } from './events';
import { fillFeatures, NF } from './features';
import { KINDS, score } from './model';
import { isMoveAsian } from './move-asian';
import { isMinusWord, isMoveBy, isMoveNamed, isMoveSize } from './move-size';
import { approxUsd, plausible } from './plausibility';
import { gatherSentence } from './sentence';
import { isAllowance, isStakeWorth, isSumWorth } from './sums';
import type { Surround } from './surround';
import { C_BTC, C_PER_COIN, C_VERB, COST_CUES, type DetectOptions, type PriceKind } from './types';
import { topicBefore, type Verdict, walkBack, walkFwd } from './walks';
import { nearestYear, yearFit } from './year-prices';

export interface Classified {
  kind: PriceKind;
  value: number;
  confidence: number;
  /** The model chose the kind; false when a definition or plausibility did (a signed amount, a move …). */
  judged: boolean;
}

/** Set by the training script to receive every amount's features; null in the product. */
export const featureSink: { fn: ((x: Float64Array, start: number, end: number) => void) | null } = {
  fn: null,
};

const fits = (
  v: number,
  cur: string,
  usdPer: DetectOptions['usdPer'],
  spot: number | undefined,
  cost: boolean,
  early = false,
  ahead = false,
) => plausible(approxUsd(v, cur, usdPer), spot, cost, early, ahead);

// Scratch, reused by every call: no allocation per amount.
const R: Classified = { kind: 'other', value: 0, confidence: 0, judged: false };
const X = new Float64Array(NF);
const Z = new Float64Array(4);
const A = { words: new Float64Array(3) } as Around;
const REFERENCE_SPOT = 80_000;

/** Classify amount i. `all` merges keyword and amount events; all[p] is this amount. */
export function classify(
  s: string,
  a: Amounts,
  i: number,
  all: Events,
  p: number,
  opts: DetectOptions,
  around: Surround,
): Classified {
  const start = a.start[i]!;
  const end = a.end[i]!;
  R.value = a.value[i]!;
  // Definitions, not judgement: a signed amount is a move, a sum in a row of a conversion table pays
  // for another quantity of coins; and an amount no reading makes a believable level ("$520 million")
  // is another sum whatever the model says. The product skips their features (a third of the amounts
  // in news prose: bench/detect.bench.ts); training reads every amount's.
  if (!featureSink.fn && (a.signed[i] || around.quantityLabel)) return result('other', 0.9);
  if (!featureSink.fn && !couldBeBitcoin(a.value[i]!, a.alt[i]!, a.currency[i]!, opts, a.scale[i]! >= 1e6))
    return result('other', 0.7);
  const back = walkBack(s, all, p, start);
  const backV = back.v;
  const backD = back.d;
  A.noun = back.noun;
  A.verb = back.verb;
  const backStop = back.stop;
  const fwd = walkFwd(s, all, p, end);
  A.noun ||= fwd.noun;
  // The nearer cue decides, a change after the amount always, and a cost before it over a Bitcoin after.
  let verdict: Verdict;
  if (fwd.change) verdict = fwd.v;
  else if (backV && fwd.v) verdict = fwd.d < backD && !(backV === 'cost' && fwd.v === 'btc') ? fwd.v : backV;
  else verdict = backV ?? fwd.v;
  A.ruleFromCue = verdict !== null;
  A.prior = null;
  if (!verdict) {
    A.prior = fwd.weak ?? topicBefore(all, backStop, start, 600);
    verdict = A.prior ?? around.topic;
  }
  A.rule = verdict;
  A.backBtcNear = backV === 'btc' && backD < 30;
  A.fwd = fwd.v;
  A.fwdChange = fwd.change;
  // The value a Bitcoin reading would take: an ambiguous separator may be read the other way.
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
  const usd = approxUsd(value, currency, usdPer);
  A.ratio = usd === null ? Number.NaN : usd / (spotUsd || REFERENCE_SPOT);
  A.millions = a.scale[i]! >= 1e6;
  A.bare = isBare(s, start, end);
  gatherSentence(s, all, p, start, end, A, around.years);
  const year = (around.anyYear && nearestYear(s, start, end)) || around.pageYear;
  const fit = year && usd !== null ? yearFit(usd, year) : 0;
  // A cost of its year fits that year's prices too: a fit speaks for a price only with no cost word in
  // the amount's sentence; a misfit speaks against a Bitcoin reading anywhere (a sum invested in 2013).
  A.yearFit = fit === 1 && (A.sentBefore | A.sentAfter) & COST_CUES ? 0 : fit;
  comparePeers(a, i, A.ratio / (usd ?? 1));
  wordVotes(s, start, end, A.words);
  fillFeatures(X, A, around);
  featureSink.fn?.(X, start, end);
  // A sum after "0.5 BTC" pays for another quantity of coins; "fell $2,300 to $32,300" and "a $4,000
  // drop" size a move.
  if (
    a.signed[i] ||
    A.holdingJustBefore ||
    around.quantityLabel ||
    isMoveSize(s, a, i) ||
    isMoveBy(s, a, i, A.ratio) ||
    isMoveNamed(s, all, p, a, i) ||
    isMoveAsian(s, start, end) ||
    isMinusWord(s, start) ||
    isSumWorth(s, end) ||
    isStakeWorth(s, all, p, start, end)
  )
    return result('other', 0.9);
  const k = score(X, Z);
  const kind = KINDS[k]!;
  // A year before 2017 near the amount, or in the context or URL path, lets an old level be a price; so
  // does "per coin" right at it ("180 Euro pro Bitcoin", "1BTC=約7円"): the text says what it is.
  const perCoin = perCoinAt(s, all, p, start, end);
  const early = A.earlyYear || (around.pageYears & 1) === 1 || perCoin;
  // A year from 2030 in the sentence, or "per coin" right at it, lets a level in millions be a price.
  const ahead = A.millions && (A.futureYear || perCoin);
  if (kind !== 'other' && !fits(value, currency, usdPer, spotUsd, kind === 'btc_cost', early, ahead))
    return result('other', 0.7);
  // Only a Bitcoin reading pays for the look around: a tax allowance next to it makes it a threshold.
  if (kind !== 'other' && isAllowance(s, start, end)) return result('other', 0.9);
  if (kind !== 'other') R.value = value;
  return result(kind, Z[3]!, true);
}

/**
 * Whether the value (or its other reading) could be a Bitcoin price, even a 2010 one or, written in
 * millions, a forecast for 2030 and later, or a mining cost.
 */
function couldBeBitcoin(
  value: number,
  alt: number,
  currency: string,
  opts: DetectOptions,
  millions: boolean,
): boolean {
  const { usdPer, spotUsd } = opts;
  const either = (v: number) => {
    const usd = approxUsd(v, currency, usdPer);
    return (
      plausible(usd, spotUsd, false, true, millions) ||
      plausible(usd, spotUsd, false) ||
      plausible(usd, spotUsd, true)
    );
  };
  return either(value) || (!Number.isNaN(alt) && either(alt));
}

/** No currency sign, code or word in the amount's own text: "77 000", a bare cell or range end. */
function isBare(s: string, start: number, end: number): boolean {
  for (let k = start; k < end; k++) {
    const c = s.charCodeAt(k);
    if ((c < 48 || c > 57) && !GROUP_MARKS.includes(s[k]!)) return false;
  }
  return true;
}
const GROUP_MARKS = " .,'’\u00a0\u202f";

/** A per-coin cue right after the amount (or "/BTC"), or right before it with at most an "=" or "at" between. */
function perCoinAt(s: string, all: Events, p: number, start: number, end: number): boolean {
  const next = p + 1;
  if (next < all.n && all.cat[next] === C_PER_COIN && all.pos[next]! - end <= 12) return true;
  // "99 Euro/BTC": the coin right after a slash.
  if (next < all.n && all.cat[next] === C_BTC && all.pos[next] === end + 1 && s[end] === '/') return true;
  let j = p - 1;
  if (j > 0 && all.cat[j] === C_VERB) j--;
  return j >= 0 && all.cat[j] === C_PER_COIN && start - all.end[j]! <= 8;
}

function result(kind: PriceKind, confidence: number, judged = false): Classified {
  R.kind = kind;
  R.confidence = confidence;
  R.judged = judged;
  return R;
}

/** How amount i compares with the amounts around it in the same currency; `perValue` turns a value into a spot ratio. */
function comparePeers(a: Amounts, i: number, perValue: number): void {
  const v = a.value[i]!;
  const currency = a.currency[i];
  A.dwarfed = false;
  A.similarPeer = false;
  for (let j = Math.max(0, i - 8), e = Math.min(a.n, i + 9); j < e; j++) {
    if (j === i || a.currency[j] !== currency) continue;
    const w = a.value[j]!;
    if (w >= 3 * v && (Number.isNaN(perValue) || (w * perValue >= 0.1 && w * perValue <= 5)))
      A.dwarfed = true;
    if (w <= 1.5 * v && w >= v / 1.5) A.similarPeer = true;
  }
}

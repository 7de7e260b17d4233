/**
 * Stage 3–5 of the detector for one amount: walk the cues around it (walks.ts, walk-fwd.ts), gather
 * what surrounds it (features.ts), and let the learned model (model.ts) say what it is. Hard limits
 * stay rules: a signed amount is a change, and a Bitcoin reading must be plausible against spot.
 */

import type { Amounts } from './amounts';
import type { Events } from './events';
import {
  type Around,
  C_UNIT,
  CHANGE_CATS,
  catBits,
  fillFeatures,
  G_NONE,
  groupOf,
  NF,
  sentenceOf,
} from './features';
import { KINDS, probability, score } from './model';
import { approxUsd, plausible } from './plausibility';
import {
  C_AMOUNT,
  C_BTC,
  C_CLAUSE,
  C_HOLDING,
  C_OTHER,
  C_PER_COIN,
  type DetectOptions,
  type PriceKind,
} from './types';
import { walkFwd } from './walk-fwd';
import { type Found, type Verdict, walkBack } from './walks';

export interface Classified {
  kind: PriceKind;
  value: number;
  confidence: number;
}

/** What the whole call shares: the context's and the block's keyword categories. */
export interface Surround {
  topic: Verdict;
  ctx: number;
  page: number;
  block: number;
  length: number;
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
) => plausible(approxUsd(v, cur, usdPer), spot, cost);

// Scratch, reused by every call: no allocation per amount.
const R: Classified = { kind: 'other', value: 0, confidence: 0 };
const X = new Float64Array(NF);
const Z = new Float64Array(3);
const A = {} as Around;
const REFERENCE_SPOT = 80_000;
const EARLY_YEAR = /(?<![0-9])20(?:09|1[0-6])(?![0-9])/;
const PERCENT = /%|prozent|percent|pour ?cent|por ?cien|por ?cento|per ?cento|procent|процент|yüzde|퍼센트/;

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
  const back = walkBack(s, all, p, start);
  const backV = back.v;
  const backD = back.d;
  A.noun = back.noun;
  A.verb = back.verb;
  const backStop = back.stop;
  const fwd = walkFwd(s, all, p, end);
  A.noun ||= fwd.noun;
  let pick: Found;
  if (fwd.change) pick = fwd;
  else if (backV && fwd.v)
    pick =
      fwd.d < backD && !(backV === 'cost' && fwd.v === 'btc') ? fwd : { v: backV, d: backD, why: back.why };
  else pick = backV ? { v: backV, d: backD, why: back.why } : fwd;
  let verdict = pick.v;
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
  gatherSentence(s, all, p, start, end);
  comparePeers(a, i, A.ratio / (usd ?? 1));
  A.ctx = around.ctx;
  A.page = around.page;
  A.block = around.block;
  A.blockLength = around.length;
  fillFeatures(X, A);
  featureSink.fn?.(X, start, end);
  R.value = a.value[i]!;
  // Definitions, not judgement: a signed amount is a move, a sum after "0.5 BTC" pays for several coins.
  if (a.signed[i] || A.holdingJustBefore) return result('other', 0.9);
  const k = score(X, Z);
  const kind = KINDS[k]!;
  if (kind !== 'other' && !fits(value, currency, usdPer, spotUsd, kind === 'btc_cost'))
    return result('other', 0.7);
  if (kind !== 'other') R.value = value;
  // For a Bitcoin reading, how sure the amount is about Bitcoin at all (price or cost): the overlay's
  // minimum-confidence setting filters on this (tests/unit/detect/real/score.ts applies the default).
  return result(kind, k === 0 ? probability(Z, 0) : 1 - probability(Z, 0));
}

function result(kind: PriceKind, confidence: number): Classified {
  R.kind = kind;
  R.confidence = confidence;
  return R;
}

/** The categories in the amount's sentence, the nearest change cues, and the unit right after. */
function gatherSentence(s: string, all: Events, p: number, start: number, end: number): void {
  const [from, to] = sentenceOf(all, p, start, end);
  A.sentBefore = catBits(all, from, p);
  A.sentAfter = catBits(all, p + 1, to);
  let amounts = 0;
  for (let e = from; e < to; e++) if (all.cat[e] === C_AMOUNT) amounts++;
  A.amountsInSentence = amounts;
  A.changeBefore = 1e9;
  for (let e = p - 1; e >= from; e--) {
    if ((CHANGE_CATS >> all.cat[e]!) & 1) {
      A.changeBefore = start - all.end[e]!;
      break;
    }
  }
  A.changeAfter = 1e9;
  for (let e = p + 1; e < to; e++) {
    if ((CHANGE_CATS >> all.cat[e]!) & 1) {
      A.changeAfter = all.pos[e]! - end;
      break;
    }
  }
  A.unitAfter = p + 1 < all.n && all.cat[p + 1] === C_UNIT && all.pos[p + 1]! - end <= 15;
  // Bounded slices: a regex left to run to the end of the text would make long texts quadratic.
  A.earlyYear = EARLY_YEAR.test(s.slice(Math.max(0, start - 200), end + 120));
  A.percentAfter = PERCENT.test(s.slice(end, end + 32));
  let h = p - 1;
  while (h >= from && all.cat[h] === C_CLAUSE) h--;
  A.holdingJustBefore = h >= from && all.cat[h] === C_HOLDING && start - all.end[h]! <= 16;
  A.nearestBefore = G_NONE;
  for (let e = p - 1; e >= from && A.nearestBefore === G_NONE; e--) A.nearestBefore = groupOf(all.cat[e]!);
  A.nearestAfter = G_NONE;
  for (let e = p + 1; e < to && A.nearestAfter === G_NONE && all.pos[e]! - end <= 40; e++) {
    A.nearestAfter = groupOf(all.cat[e]!);
  }
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

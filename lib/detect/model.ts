/**
 * Stage 6 of the detector (lib/detect/README.md): the learned model. Boosted decision trees over the 0/1
 * features of features.ts, trained offline on the dev split of the real-text corpus and the in-house
 * corpus by `npm run train:detector` (scripts/train-detector.ts), which rewrites trees.ts. Each tree asks
 * at most DEPTH yes/no questions ("is a cost word the nearest cue before the amount?") and adds its leaf
 * to one class's score.
 */

import { NF } from './features';
import { decodeTrees } from './tree-code';
import { DEPTH, FEATURE_COUNT, LEAF_MIN, TREE_CODE } from './trees';

/** Class order of the scores: [other, btc_price, btc_cost]. */
export const KINDS = ['other', 'btc_price', 'btc_cost'] as const;

const INTERNAL = (1 << DEPTH) - 1;
const STRIDE = INTERNAL + (1 << DEPTH);
/**
 * Every tree: its questions (feature index, -1 for none), then its leaf scores. Decoded into this
 * module, so the loops read no imported binding (a test runner's module wrapper makes each read a
 * getter call) and no boxed number.
 */
export const TREES = decodeTrees(TREE_CODE, LEAF_MIN, DEPTH);

// The scores depend only on which features are set, and the amounts of a text share few patterns: a
// direct-mapped cache of the patterns last seen keeps their exact sums, so results are unchanged. Its
// key is the features as bits in three words (bit f of the second is feature 32 + f, of the third
// feature 64 + f) with bit 30 of the third set, so an empty slot matches nothing while there are fewer
// than 95 features.
const KEY = new Int32Array(3072);
const VAL = new Float64Array(4096);

/**
 * Scores with other trees of the same shape from now on (`decodeTrees` output). For cross-validation
 * only (scripts/train-detector.ts): the whole detector, lists and limits included, with a fold's model.
 */
export function useTrees(trees: Float64Array): void {
  if (trees.length !== TREES.length)
    throw new Error(`useTrees: ${trees.length} numbers, the model has ${TREES.length}`);
  TREES.set(trees);
  KEY.fill(0);
}

/** True when trees.ts was trained on the features this build computes. */
export const modelMatchesFeatures = FEATURE_COUNT === NF;

/** Scores for every class into `out` (length 4), then the confidence in the best one; returns the best. */
export function score(x: Float64Array, out: Float64Array): number {
  let lo = 0;
  let mid = 0;
  let hi = 1 << 30;
  for (let f = 0; f < x.length; f++) {
    if (!(x[f]! > 0.5)) continue;
    if (f < 32) lo |= 1 << f;
    else if (f < 64) mid |= 1 << (f - 32);
    else hi |= 1 << (f - 64);
  }
  const slot = Math.imul(lo ^ Math.imul(mid ^ Math.imul(hi, 0x27d4eb2f), 0x9e3779b1), 0x85ebca6b) >>> 22;
  if (KEY[3 * slot] === lo && KEY[3 * slot + 1] === mid && KEY[3 * slot + 2] === hi)
    for (let k = 0; k < 4; k++) out[k] = VAL[4 * slot + k]!;
  else {
    out[0] = out[1] = out[2] = 0;
    for (let t = 0, k = 0; t < TREES.length; t += STRIDE, k = k === 2 ? 0 : k + 1) {
      // Down the full tree: every path asks DEPTH questions, ending past the internal nodes.
      let i = 0;
      while (i < INTERNAL) {
        const f = TREES[t + i]!;
        i = 2 * i + (f >= 0 && x[f]! > 0.5 ? 2 : 1);
      }
      out[k]! += TREES[t + i]!;
    }
    // For a Bitcoin reading, how sure the amount is about Bitcoin at all (price or cost): the overlay's
    // minimum-confidence setting filters on this (tests/unit/detect/real/score.ts applies the default).
    const k = decide(out);
    const p0 = probability(out, 0);
    out[3] = k === 0 ? p0 : 1 - (k === 2 ? otherBesideCost(out) : p0);
    KEY[3 * slot] = lo;
    KEY[3 * slot + 1] = mid;
    KEY[3 * slot + 2] = hi;
    for (let k = 0; k < 4; k++) VAL[4 * slot + k] = out[k]!;
  }
  return decide(out);
}

/**
 * Added to the cost score before the best class is picked: a cost badged as a price misleads a reader
 * most on the pages this product is for, so a close call goes to cost. Chosen by site-wise
 * cross-validation over ten shuffles (docs/detector-passes.md, eighth and ninth passes): on the grown dev split
 * 0.75 calls 10 fewer costs prices than 0.5 and finds 12 more costs for 15 prices missed. Raised to 1 on
 * the twice-grown split (twenty-second pass): with a margin of 0.4, cost recall 0.880 → 0.895 and 8 fewer
 * costs called prices of 1,038, for 23 more prices missed of 4,625.
 */
const COST_BIAS = 1;
/**
 * How far a price must stay ahead of the biased cost score: a closer call between the two is no badge
 * at all, since the trees cannot tell them apart there and a cost badged as a price misleads most.
 * Cross-validated by site over four shuffles (docs/detector-passes.md, fourteenth pass): 0.3 calls a
 * sixth fewer costs prices and badges 8 fewer amounts wrongly, for 16 more prices missed of 3,764; 0.4
 * with the cost bias at 1 (twenty-second pass).
 */
const PRICE_MARGIN = 0.4;

/** The class the scores `z` (other, price, cost) choose: 0 other, 1 btc_price, 2 btc_cost. */
export const decide = (z: Float64Array): number => {
  const cost = z[2]! + COST_BIAS;
  if (z[1]! > z[0]!) return cost > z[1]! ? 2 : cost + PRICE_MARGIN > z[1]! ? 0 : 1;
  return cost > z[0]! ? 2 : 0;
};

/**
 * P(other) with the cost score biased as `decide` biases it: a cost reading is as sure as the scores
 * that chose it say, or a cost far below spot that the bias made a cost would fall under the overlay's
 * minimum confidence anyway (docs/detector-passes.md, thirteenth pass).
 */
function otherBesideCost(z: Float64Array): number {
  const c = z[2]! + COST_BIAS;
  const m = Math.max(z[0]!, z[1]!, c);
  const e0 = Math.exp(z[0]! - m);
  return e0 / (e0 + Math.exp(z[1]! - m) + Math.exp(c - m));
}

/** Probability of class k from scores (softmax). */
export function probability(z: Float64Array, k: number): number {
  const m = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - m);
  const e1 = Math.exp(z[1]! - m);
  const e2 = Math.exp(z[2]! - m);
  return (k === 0 ? e0 : k === 1 ? e1 : e2) / (e0 + e1 + e2);
}

/**
 * Stage 5 of the detector: the learned model. Boosted decision trees over the 0/1 features of
 * features.ts, trained offline on the dev split of the real-text corpus and the in-house corpus by
 * `npm run train:detector` (scripts/train-detector.ts), which rewrites trees.ts. Each tree asks at
 * most DEPTH yes/no questions ("is a cost word the nearest cue before the amount?") and adds its leaf
 * to one class's score.
 */

import { NF } from './features';
import { DEPTH, FEATURE_COUNT, TREES } from './trees';

/** Class order of the scores: [other, btc_price, btc_cost]. */
export const KINDS = ['other', 'btc_price', 'btc_cost'] as const;

const INTERNAL = (1 << DEPTH) - 1;
const STRIDE = INTERNAL + (1 << DEPTH);

/** True when trees.ts was trained on the features this build computes. */
export const modelMatchesFeatures = FEATURE_COUNT === NF;

/** Scores for every class, into `out` (length 3); returns the index of the best. */
export function score(x: Float64Array, out: Float64Array): number {
  out[0] = out[1] = out[2] = 0;
  for (let t = 0, k = 0; t < TREES.length; t += STRIDE, k = k === 2 ? 0 : k + 1) {
    let i = 0;
    for (let d = 0; d < DEPTH; d++) {
      const f = TREES[t + i]!;
      i = 2 * i + (f >= 0 && x[f]! > 0.5 ? 2 : 1);
    }
    out[k]! += TREES[t + i]!;
  }
  return out[1]! > out[0]! ? (out[2]! > out[1]! ? 2 : 1) : out[2]! > out[0]! ? 2 : 0;
}

/** Probability of class k from scores (softmax). */
export function probability(z: Float64Array, k: number): number {
  const m = Math.max(z[0]!, z[1]!, z[2]!);
  const e0 = Math.exp(z[0]! - m);
  const e1 = Math.exp(z[1]! - m);
  const e2 = Math.exp(z[2]! - m);
  return (k === 0 ? e0 : k === 1 ? e1 : e2) / (e0 + e1 + e2);
}

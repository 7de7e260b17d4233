/**
 * Stage 8 of the detector (lib/detect/README.md): a sentence about the cost of one coin. Per-country
 * cost studies put their cheapest costs far below spot ("producing one bitcoin in Lebanon takes only
 * $266", "biaya listrik US$530", "a typical figure would be about US$300"), where the model, weighing
 * value against spot, reads a sum. An amount the model read as "other" whose sentence names a per-coin
 * cost before it, with no other asset, aggregate, unit, fee, holding or move between, and believable as
 * a cost, is a cost (tests/unit/detect/real/dev: en-cointelegraph-cach3-m.ts, es-dirigentesdigital-com.ts).
 */

import type { Events } from './events';
import { approxUsd, plausible } from './plausibility';
import {
  C_AGG,
  C_CHANGE,
  C_CHANGE_VERB,
  C_COST,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_SENTENCE,
  C_UNIT,
  type PriceMatch,
  RULE_CONFIDENCE,
} from './types';

const BREAKS = [C_OTHER, C_AGG, C_UNIT, C_FEE, C_HOLDING, C_SENTENCE, C_CHANGE, C_CHANGE_VERB].reduce(
  (bits, cat) => bits | (1 << cat),
  0,
);

/** Whether a per-coin cost cue comes before event `p` in its sentence, with nothing between that breaks it. */
function costCueBefore(all: Events, p: number): boolean {
  for (let e = p - 1; e >= 0; e--) {
    const c = all.cat[e]!;
    if (c === C_COST) return true;
    if ((BREAKS >> c) & 1) return false;
  }
  return false;
}

/**
 * Reads as costs the sums a per-coin cost's sentence goes on to give, where the model, not a definition
 * (a signed amount, a move's size), read them as "other" (`judged[i]`). `at[i]` is the event of out[i].
 * @example
 * // "chip makers can break even at US$300 at the cheap end, against US$350 …" → both costs
 */
export function readSentenceCosts(
  out: PriceMatch[],
  judged: Uint8Array,
  all: Events,
  at: Int32Array,
  spotUsd?: number,
  usdPer?: Record<string, number>,
): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'other' || !judged[i]) continue;
    const usd = approxUsd(m.value, m.currency, usdPer);
    if (usd === null || !plausible(usd, spotUsd, true)) continue;
    if (costCueBefore(all, at[i]!)) out[i] = { ...m, kind: 'btc_cost', confidence: RULE_CONFIDENCE };
  }
}

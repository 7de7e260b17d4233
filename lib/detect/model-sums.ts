/**
 * Stage 8 of the detector (lib/detect/README.md): sums the model read that a reader would not. Both
 * rules take only amounts the model read as "other" (`judged`: not a definition's reading, such as a
 * signed amount or a move's size), with a worth in dollars.
 * - A sentence about the cost of one coin: per-country studies put their cheapest costs far below spot
 *   ("producing one bitcoin in Lebanon takes only $266", "biaya listrik US$530", "a typical figure would
 *   be about US$300"), where the model, weighing value against spot, reads a sum. One whose sentence
 *   names a per-coin cost before it, with no other asset, aggregate, unit, fee, holding or move between,
 *   and believable as a cost, is a cost (tests/unit/detect/real/dev: en-cointelegraph-cach3-m.ts,
 *   es-dirigentesdigital-com.ts).
 * - A Bitcoin price said plainly: "Bitcoin has fallen to roughly $70,000" (en-financetimes-org.ts), "with
 *   the price of Bitcoin hovering around $85,000" (en-gushiio-com.ts), "ビットコインは足元で95,290ドルで取引
 *   されている" (ja-weappnet-com.ts), on mining-cost pages: the coin's name, then only price verbs, price
 *   nouns and punctuation up to an amount near spot, with no cost word in its sentence before it or right
 *   after it, is a price.
 */

import type { Events } from './events';
import { approxUsd, plausible } from './plausibility';
import {
  C_AGG,
  C_BTC,
  C_CHANGE,
  C_CHANGE_VERB,
  C_CLAUSE,
  C_COST,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_PER_COIN,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_UNIT,
  C_VERB,
  COST_CUES,
  categorySet,
  type PriceMatch,
  RULE_CONFIDENCE,
} from './types';

const COST_BREAKS = categorySet([
  C_OTHER,
  C_AGG,
  C_UNIT,
  C_FEE,
  C_HOLDING,
  C_SENTENCE,
  C_CHANGE,
  C_CHANGE_VERB,
]);
const PRICE_WORDS = categorySet([C_VERB, C_PRICE_NOUN, C_CLAUSE]);
/** How far back the coin's name may stand before a price said plainly. */
const REACH = 60;

/** Whether a per-coin cost cue comes before event `p` in its sentence, with nothing between that breaks it. */
function costCueBefore(all: Events, p: number): boolean {
  for (let e = p - 1; e >= 0; e--) {
    const c = all.cat[e]!;
    if (c === C_COST) return true;
    if ((COST_BREAKS >> c) & 1) return false;
  }
  return false;
}

/** Whether the coin's name comes before event `p`, with only price verbs, nouns or punctuation between. */
function coinThenPrice(all: Events, p: number, start: number): boolean {
  for (let e = p - 1; e >= 0 && start - all.end[e]! <= REACH; e--) {
    const c = all.cat[e]!;
    if (c === C_BTC || c === C_PER_COIN) return true;
    if (!((PRICE_WORDS >> c) & 1)) return false;
  }
  return false;
}

/** Whether a cost cue stands in the sentence before event `p`, or within 16 characters after the amount. */
function costNear(all: Events, p: number, start: number, end: number): boolean {
  for (let e = p - 1; e >= 0 && all.cat[e] !== C_SENTENCE && start - all.end[e]! <= 240; e--)
    if ((COST_CUES >> all.cat[e]!) & 1) return true;
  for (let e = p + 1; e < all.n && all.pos[e]! - end <= 16; e++)
    if ((COST_CUES >> all.cat[e]!) & 1) return true;
  return false;
}

/**
 * Reads the model's sums again: as costs in a per-coin cost's sentence, as prices said plainly (near spot,
 * when `spotUsd` is known). Either reading is as sure as RULE_CONFIDENCE. `at[i]` is the event of out[i].
 * @example
 * // "chip makers can break even at US$300 at the cheap end, against US$350 …" → both costs
 * // "Bitcoin has fallen to roughly $70,000 on February 5" (spot $70,000) → a price
 */
export function readModelSums(
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
    if (usd === null) continue;
    const p = at[i]!;
    if (plausible(usd, spotUsd, true) && costCueBefore(all, p))
      out[i] = { ...m, kind: 'btc_cost', confidence: RULE_CONFIDENCE };
    else if (
      spotUsd &&
      usd >= 0.3 * spotUsd &&
      usd <= 3 * spotUsd &&
      coinThenPrice(all, p, m.start) &&
      !costNear(all, p, m.start, m.end)
    )
      out[i] = { ...m, kind: 'btc_price', confidence: RULE_CONFIDENCE };
  }
}

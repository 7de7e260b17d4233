/**
 * Stage 8 of the detector (lib/detect/README.md): a Bitcoin price said plainly. "Bitcoin has fallen to
 * roughly $70,000" (en-financetimes-org.ts), "with the price of Bitcoin hovering around $85,000"
 * (en-gushiio-com.ts), "ビットコインは足元で95,290ドルで取引されている" (ja-weappnet-com.ts): the coin's
 * name, then only price verbs, price nouns and punctuation up to an amount near spot. On a page about
 * mining costs the model may read such an amount as a sum; with no cost word in its sentence before it
 * or right after it, it is a price.
 */

import type { Events } from './events';
import { approxUsd } from './plausibility';
import {
  C_BTC,
  C_CLAUSE,
  C_COST,
  C_COST_WORD,
  C_MINING,
  C_PER_COIN,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_VERB,
  type PriceMatch,
  RULE_CONFIDENCE,
} from './types';

/** How far back the coin's name may stand. */
const REACH = 60;
const COST_CUES = [C_COST, C_COST_WORD, C_MINING].reduce((bits, cat) => bits | (1 << cat), 0);
const BETWEEN = [C_VERB, C_PRICE_NOUN, C_CLAUSE].reduce((bits, cat) => bits | (1 << cat), 0);

/** Whether the coin's name comes before event `p`, with only price verbs, nouns or punctuation between. */
function coinThenPrice(all: Events, p: number, start: number): boolean {
  for (let e = p - 1; e >= 0 && start - all.end[e]! <= REACH; e--) {
    const c = all.cat[e]!;
    if (c === C_BTC || c === C_PER_COIN) return true;
    if (!((BETWEEN >> c) & 1)) return false;
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
 * Reads as prices the amounts the model read as "other" (`judged[i]`: not a definition's reading) that
 * follow the coin's name plainly, near spot, with no cost word near. `at[i]` is the event of out[i].
 * @example
 * // "Bitcoin has fallen to roughly $70,000 on February 5" (spot $70,000) → a price
 */
export function readPlainPrices(
  out: PriceMatch[],
  judged: Uint8Array,
  all: Events,
  at: Int32Array,
  spotUsd?: number,
  usdPer?: Record<string, number>,
): void {
  if (!spotUsd) return;
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'other' || !judged[i]) continue;
    const usd = approxUsd(m.value, m.currency, usdPer);
    if (usd === null || usd < 0.3 * spotUsd || usd > 3 * spotUsd) continue;
    const p = at[i]!;
    if (coinThenPrice(all, p, m.start) && !costNear(all, p, m.start, m.end))
      out[i] = { ...m, kind: 'btc_price', confidence: RULE_CONFIDENCE };
  }
}

/**
 * Stage 8 of the detector (lib/detect/README.md): the level Bitcoin must hold for mining to pay is a
 * miner's break-even price, a cost by the corpus's labelling rule ("Bitcoin Needs To Stay Above $80,000
 * For Mining To Be Profitable", "braucht Bitcoin einen Preis von über 80.000 USD, damit sich das Mining
 * lohnt", "between $12,000 and $15,000 for miners to be profitable"). A price reading whose sentence names
 * mining, with whether it pays right after the amount, is that cost (tests/unit/detect/real/dev:
 * en-bittribute-com.ts, de-binance-com.ts, en-cryptomak-co-uk.ts).
 */

import type { Events } from './events';
import { sentenceAround } from './sentence';
import type { PriceMatch } from './types';

// Read on lowercased text: "profitable", "pays", in the languages of the corpus's mining-cost pages.
const PAYS = new RegExp(
  [
    String.raw`\b(?:un)?profitab|\bpay(?:s)? off|\blohn(?:t|en|e)\b|\brentab|\blucrativ|\bredditizi|\bprofittevol`,
    String.raw`прибыльн|рентабельн|окупа|прибутков|економічн\S* сенс|kârlı|\bkarlı|winstgevend|rendabel|opłacaln`,
    'menguntungkan|lønne?r? seg|採算|収支がプラス|黒字|盈利|有利可图|回本|수익성',
  ].join('|'),
);
/** How far the sentence is read on each side of the amount for a mining word. */
const REACH = 160;
/**
 * How far after the amount "profitable" may stand: the threshold comes first ("above $80,000 for mining
 * to be profitable"); a "profitable" before it tells of another level as often ("mining profitably rose
 * above $30,000, but … a new all-time high of $69,000": a price).
 */
const AFTER = 60;

/**
 * Reads as costs the price readings that a sentence naming mining follows, within AFTER characters, with
 * whether it pays.
 * `at[i]` is the event of out[i].
 * @example
 * // "Bitcoin needs to stay above $80,000 for mining to be profitable." → $80,000 a cost
 */
export function readBreakEvens(out: PriceMatch[], lower: string, all: Events, at: Int32Array): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'btc_price') continue;
    const { to, mining } = sentenceAround(all, at[i]!, m.start, m.end, REACH, REACH);
    if (mining && PAYS.test(lower.slice(m.end, Math.min(to, m.end + AFTER))))
      out[i] = { ...m, kind: 'btc_cost' };
  }
}

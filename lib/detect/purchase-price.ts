/**
 * Stage 8 of the detector (lib/detect/README.md): what a buyer paid per coin on average. "An average of
 * nearly $28,016 per coin" for 1,045 bitcoin bought, "un coût moyen d'environ 74 997 $ par BTC" on a
 * treasury's purchase page, "平均持仓成本为66,608美元": a price by the labelling rules
 * (tests/unit/detect/real/README.md, "an average purchase price per coin"), which cost words lead the
 * model to read as a mining cost. A cost reading in a sentence that names an average and a purchase,
 * and no mining, is a price (tests/unit/detect/real/dev: en-livecoinguru-com.ts, fr-brefcrypto-com.ts,
 * zh-525btc-com.ts, en-forklog-com.ts).
 */

import type { Events } from './events';
import { sentenceAround } from './sentence';
import type { PriceMatch } from './types';

// Read on lowercased text. "Holding" is left out: companies are named "… Holdings".
const PURCHASE =
  /bought|\bbuy|purchas|acquir|\bsold\b|\bpaid\b|\bheld\b|treasury|cost basis|compr[aoó]|achat|acquis|kauf|gekauft|acquist|купил|покуп|приобр|kupił|zakup|satın|aldı|买入|购入|购买|持仓|持有|購入|買い|매입|매수|보유/;
const AVERAGE =
  /averag|moyen|promedio|médi|medio|durchschnitt|gemiddeld|średni|prosječn|средн|ortalama|cost basis|собіварт|себестоим|平均/;
/** How far the sentence is read on each side of the amount; a sentence that names mining is not read. */
const BEFORE = 160;
const AFTER = 80;

/**
 * Reads as prices the cost readings of a purchase's average price per coin. `at[i]` is the event of out[i].
 * @example
 * // "It bought 1,045 Bitcoin for $29.3 million, an average of nearly $28,016 per coin." → a price
 */
export function readPurchasePrices(out: PriceMatch[], lower: string, all: Events, at: Int32Array): void {
  for (let i = 0; i < out.length; i++) {
    const m = out[i]!;
    if (m.kind !== 'btc_cost') continue;
    const { from, to, mining } = sentenceAround(all, at[i]!, m.start, m.end, BEFORE, AFTER);
    if (mining) continue;
    const sentence = lower.slice(from, to);
    if (PURCHASE.test(sentence) && AVERAGE.test(sentence)) out[i] = { ...m, kind: 'btc_price' };
  }
}

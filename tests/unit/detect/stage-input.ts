import { markCoinVerbs } from '../../../lib/detect/coin-verbs';
import { markCostNouns } from '../../../lib/detect/cost-nouns';
import { Events } from '../../../lib/detect/events';
import { scanKeywords } from '../../../lib/detect/keywords';
import { markProducedCoins } from '../../../lib/detect/produced-coin';
import { C_AMOUNT, type PriceKind, type PriceMatch } from '../../../lib/detect/types';

/** One amount as a stage after the model receives it: its text, the kind read for it alone, its confidence. */
export type Reading = [string, PriceKind, number?];

/**
 * What the stages after the model (lib/detect/lists.ts, market-price.ts) are handed for `text`: the
 * matches as the model might read them (confidence 0.8 unless given) and the keyword events merged with
 * one event per amount, so their tests hold whatever the trees say.
 */
export function stageInput(
  text: string,
  read: Reading[],
): { out: PriceMatch[]; all: Events; at: Int32Array } {
  const out: PriceMatch[] = [];
  let from = 0;
  for (const [amount, kind, confidence = 0.8] of read) {
    const start = text.indexOf(amount, from);
    from = start + amount.length;
    const value = Number(amount.replace(/[^\d]/g, ''));
    const currency = amount.startsWith('R$') ? 'BRL' : amount.includes('€') ? 'EUR' : 'USD';
    out.push({ start, end: from, text: amount, kind, currency, value, usd: value, confidence });
  }
  const lower = text.toLowerCase();
  const keywords = scanKeywords(text, lower);
  // The cues detectPrices marks before the model reads (lib/detect/README.md, stage 4).
  markCostNouns(lower, keywords);
  markProducedCoins(lower, keywords);
  markCoinVerbs(text, lower, keywords);
  const all = new Events(keywords.n + out.length);
  const at = new Int32Array(out.length);
  let k = 0;
  out.forEach((m, i) => {
    while (k < keywords.n && keywords.pos[k]! < m.start) all.copy(keywords, k++);
    while (k < keywords.n && keywords.pos[k]! < m.end) k++;
    at[i] = all.n;
    all.push(m.start, m.end, C_AMOUNT);
  });
  while (k < keywords.n) all.copy(keywords, k++);
  return { out, all, at };
}

/** A stage-8 reading that takes (out, lower, all, at), as market-price.ts and break-even.ts export. */
type Reader = (out: PriceMatch[], lower: string, all: Events, at: Int32Array) => void;

/**
 * The kinds `read` leaves after `reader` alone, fed the kinds the model might give each amount.
 * @example kindsAfter(readBreakEvens)('… above $80,000 for mining to be profitable', [['$80,000', 'btc_price']])
 */
export const kindsAfter =
  (reader: Reader) =>
  (text: string, read: Reading[]): PriceKind[] => {
    const { out, all, at } = stageInput(text, read);
    reader(out, text.toLowerCase(), all, at);
    return out.map((m) => m.kind);
  };

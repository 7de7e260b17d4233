/**
 * Currency marks before or after a number: $, US$, R$, CA$, €, EUR, Rs., ₹ … and "Dollar", "dólares", "डॉलर", "ドル", "円".
 */

import { isSpace, table as noProtoTable, wordAt } from './text';

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isUpper(c) || (c >= 97 && c <= 122);

/** "CUR:w1 w2|CUR:w3" into a word → currency map. Maps, not objects: "constructor" is no currency. */
function table(spec: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const part of spec.split('|')) {
    const [cur, words] = part.split(':') as [string, string];
    for (const w of words.split(' ')) m.set(w, cur);
  }
  return m;
}

// Built on first use so importing the detector does no work.
let SYMBOL: Map<string, string>;
/** Letters glued before '$'. */
let DOLLAR: Map<string, string>;
let CODES: Set<string>;
/** Words after the amount (lowercase). */
let WORDS: Map<string, string>;
function init(): void {
  SYMBOL = table('USD:$|EUR:€|GBP:£|JPY:¥ ￥|INR:₹|KRW:₩');
  DOLLAR = table('USD:US U|BRL:R|CAD:CA C|AUD:A AU|HKD:HK|SGD:S SG|NZD:NZ|MXN:MX');
  CODES = new Set('USD EUR GBP JPY INR BRL CHF CAD AUD CNY KRW HKD SGD MXN'.split(' '));
  WORDS = table(
    'USD:dollar dollars dólar dólares dollari dollaro usd usdt usdc busd fdusd bucks डॉलर|EUR:euro euros eur यूरो|' +
      'GBP:gbp sterling|JPY:jpy yen|INR:inr rupees rupee रुपये रुपए रुपया|BRL:brl reais|CHF:chf franken|' +
      'CAD:cad|AUD:aud|CNY:cny yuan',
  );
}
const CJK_SUFFIX: [string, string][] = [
  ['米ドル', 'USD'],
  ['ドル', 'USD'],
  ['円', 'JPY'],
  ['ユーロ', 'EUR'],
];

export interface Mark {
  currency: string;
  /** New span start (prefix) or end (suffix). */
  at: number;
}

/** A currency sign or code right before position `start` (one space allowed). */
export function prefixCurrency(s: string, start: number): Mark | null {
  if (!SYMBOL) init();
  let j = start - 1;
  if (isSpace(s.charCodeAt(j))) j--;
  const c = s[j] ?? '';
  if (c === '$') {
    let k = j;
    while (k > j - 3 && isUpper(s.charCodeAt(k - 1))) k--;
    const glued = s.slice(k, j);
    const cur = DOLLAR.get(glued);
    if (cur && !isLetter(s.charCodeAt(k - 1))) return { currency: cur, at: k };
    return { currency: 'USD', at: j };
  }
  const sym = SYMBOL.get(c);
  if (sym) return { currency: sym, at: j };
  // Codes: "USD 70,000", "Rs. 57,40,000", "CHF 59'800"; not the quote of a pair ("BTC/USD 70,123").
  if (c === '.') j--;
  let k = j;
  while (k > j - 4 && isLetter(s.charCodeAt(k))) k--;
  const word = s.slice(k + 1, j + 1);
  const before = s[k] ?? '';
  if (isLetter(s.charCodeAt(k)) || before === '/' || before === '-') return null;
  if (CODES.has(word)) return { currency: word, at: k + 1 };
  if (word === 'Rs' || word === 'RS') return { currency: 'INR', at: k + 1 };
  return null;
}

/** A currency sign or word right after position `end` (one space allowed); `scaled` allows "de"/"di". */
export function suffixCurrency(s: string, lower: string, end: number, scaled: boolean): Mark | null {
  if (!SYMBOL) init();
  let i = end;
  if (isSpace(s.charCodeAt(i))) i++;
  const code = s.charCodeAt(i);
  // Digits and ASCII punctuation other than '$' never start a currency.
  if (code < 65 && code !== 36) return null;
  const c = s[i] ?? '';
  const sym = SYMBOL.get(c);
  if (sym && !(c === '$' && isLetter(s.charCodeAt(i + 1)))) return { currency: sym, at: i + 1 };
  for (const [w, cur] of CJK_SUFFIX) if (s.startsWith(w, end)) return { currency: cur, at: end + w.length };
  let w = wordAt(lower, i);
  if (!w) return null;
  // "milliards de dollars", "milioni di dollari", "milliards d'euros"
  if (scaled && (w === 'de' || w === 'di' || w === 'd')) {
    const sep = lower[i + w.length];
    const j = i + w.length + 1;
    if (sep === ' ' || (w === 'd' && (sep === "'" || sep === '’'))) {
      const next = wordAt(lower, j);
      const cur = WORDS.get(next);
      if (cur) return { currency: cur, at: j + next.length };
    }
    return null;
  }
  // "US-Dollar", "US dollars"
  if (w === 'us' && (lower[i + 2] === '-' || lower[i + 2] === ' ')) {
    const next = wordAt(lower, i + 3);
    if (next.startsWith('dollar')) return { currency: 'USD', at: i + 3 + next.length };
  }
  if (w.length === 3 && !isUpper(s.charCodeAt(i)) && CODES.has(w.toUpperCase())) w = '';
  const cur = WORDS.get(w);
  return cur ? { currency: cur, at: i + w.length } : null;
}

/** Rough USD rates, only for plausibility when the caller gives none; never reported. */
export const ROUGH_USD: Record<string, number> = noProtoTable(
  Object.fromEntries(
    'USD 1 EUR 1.08 GBP 1.27 JPY 0.0066 INR 0.012 BRL 0.19 CHF 1.12 CAD 0.73 AUD 0.66 CNY 0.14 KRW 0.00073 HKD 0.13 SGD 0.74 NZD 0.6 MXN 0.055'
      .split(/ (?=[A-Z])/)
      .map((p) => [p.slice(0, 3), Number(p.slice(4))]),
  ),
);

/**
 * Currency marks before or after a number: $, US$, R$, CA$, €, EUR, Rs., ₹ … and "Dollar", "dólares", "डॉलर", "ドル", "円".
 */

import { isSpace, wordAt } from './text';

const isUpper = (c: number) => c >= 65 && c <= 90;
const isLetter = (c: number) => isUpper(c) || (c >= 97 && c <= 122);

const SYMBOL: Record<string, string> = {
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  '￥': 'JPY',
  '₹': 'INR',
  '₩': 'KRW',
};
/** Letters glued before '$'. */
const DOLLAR: Record<string, string> = {
  US: 'USD',
  U: 'USD',
  R: 'BRL',
  CA: 'CAD',
  C: 'CAD',
  A: 'AUD',
  AU: 'AUD',
  HK: 'HKD',
  S: 'SGD',
  SG: 'SGD',
  NZ: 'NZD',
  MX: 'MXN',
};
const CODES = new Set([
  'USD',
  'EUR',
  'GBP',
  'JPY',
  'INR',
  'BRL',
  'CHF',
  'CAD',
  'AUD',
  'CNY',
  'KRW',
  'HKD',
  'SGD',
  'MXN',
]);

/** Words after the amount (lowercase). */
const WORDS: Record<string, string> = {};
const add = (cur: string, words: string) => {
  for (const w of words.split(' ')) WORDS[w] = cur;
};
add('USD', 'dollar dollars dólar dólares dollari dollaro usd usdt usdc busd fdusd bucks डॉलर');
add('EUR', 'euro euros eur यूरो');
add('GBP', 'gbp sterling');
add('JPY', 'jpy yen');
add('INR', 'inr rupees rupee रुपये रुपए रुपया');
add('BRL', 'brl reais');
add('CHF', 'chf franken');
add('CAD', 'cad');
add('AUD', 'aud');
add('CNY', 'cny yuan');
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
  let j = start - 1;
  if (isSpace(s.charCodeAt(j))) j--;
  const c = s[j] ?? '';
  if (c === '$') {
    let k = j;
    while (k > j - 3 && isUpper(s.charCodeAt(k - 1))) k--;
    const glued = s.slice(k, j);
    const cur = DOLLAR[glued];
    if (cur && !isLetter(s.charCodeAt(k - 1))) return { currency: cur, at: k };
    return { currency: 'USD', at: j };
  }
  if (SYMBOL[c]) return { currency: SYMBOL[c]!, at: j };
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
  let i = end;
  if (isSpace(s.charCodeAt(i))) i++;
  const code = s.charCodeAt(i);
  // Digits and ASCII punctuation other than '$' never start a currency.
  if (code < 65 && code !== 36) return null;
  const c = s[i] ?? '';
  if (SYMBOL[c] && !(c === '$' && isLetter(s.charCodeAt(i + 1)))) return { currency: SYMBOL[c]!, at: i + 1 };
  for (const [w, cur] of CJK_SUFFIX) if (s.startsWith(w, end)) return { currency: cur, at: end + w.length };
  let w = wordAt(lower, i);
  if (!w) return null;
  // "milliards de dollars", "milioni di dollari", "milliards d'euros"
  if (scaled && (w === 'de' || w === 'di' || w === 'd')) {
    const sep = lower[i + w.length];
    const j = i + w.length + 1;
    if (sep === ' ' || (w === 'd' && (sep === "'" || sep === '’'))) {
      const next = wordAt(lower, j);
      if (WORDS[next]) return { currency: WORDS[next]!, at: j + next.length };
    }
    return null;
  }
  // "US-Dollar", "US dollars"
  if (w === 'us' && (lower[i + 2] === '-' || lower[i + 2] === ' ')) {
    const next = wordAt(lower, i + 3);
    if (next.startsWith('dollar')) return { currency: 'USD', at: i + 3 + next.length };
  }
  if (w.length === 3 && !isUpper(s.charCodeAt(i)) && CODES.has(w.toUpperCase())) w = '';
  const cur = WORDS[w];
  return cur ? { currency: cur, at: i + w.length } : null;
}

/** Rough USD rates, only for plausibility when the caller gives none; never reported. */
export const ROUGH_USD: Record<string, number> = {
  USD: 1,
  EUR: 1.08,
  GBP: 1.27,
  JPY: 0.0066,
  INR: 0.012,
  BRL: 0.19,
  CHF: 1.12,
  CAD: 0.73,
  AUD: 0.66,
  CNY: 0.14,
  KRW: 0.00073,
  HKD: 0.13,
  SGD: 0.74,
  NZD: 0.6,
  MXN: 0.055,
};

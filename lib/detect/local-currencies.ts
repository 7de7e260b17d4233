/**
 * Currency words some languages write in ways the plain word table cannot read: by the page's
 * language, over two words, glued to the number, or with case endings (currencies.ts asks these).
 */

import type { Mark } from './currencies';
import { wordAt } from './text';

/** The currency words Romanian writes after "de" ("65.000 de dolari", "2 milioane de lei"). */
export const ROMANIAN_AFTER_DE = new Set(['dolari', 'dolarii', 'lei', 'euro']);

/** Thai writes its currency glued to the number or its scale word: "65,000ดอลลาร์", "2 ล้านบาท". */
export const THAI_SUFFIX: [string, string][] = [
  ['ดอลลาร์สหรัฐ', 'USD'],
  ['ดอลลาร์', 'USD'],
  ['ดอลล่าร์', 'USD'],
  ['เหรียญสหรัฐ', 'USD'],
  ['บาท', 'THB'],
];

/** The crown of the page's language: Danish, Swedish or Norwegian; null for any other. */
function crownOf(locale: string): string | null {
  const lang = locale.slice(0, 2);
  return lang === 'da' ? 'DKK' : lang === 'sv' ? 'SEK' : /^(no|nb|nn)$/.test(lang) ? 'NOK' : null;
}
const CROWNS = new Set(['kr', 'kroner', 'krone', 'øre', 'ører']);
const CROWN_NATION = new Map([
  ['norske', 'NOK'],
  ['norska', 'NOK'],
  ['danske', 'DKK'],
  ['danska', 'DKK'],
  ['svenske', 'SEK'],
  ['svenska', 'SEK'],
]);
/** "21 triệu đồng Bitcoin": before these words "đồng" counts coins. */
const COIN_AFTER_DONG = new Set(['bitcoin', 'btc', 'coin', 'tiền', 'xu']);

/**
 * The currency word `w` at i in `lower` when it needs more than the word table: "kr"/"kroner" is
 * the crown of the page's language; "đô la" and "Mỹ kim" are two words; "đồng" before "Bitcoin"
 * counts coins; "ש"ח" is the shekel; "تومان" ten rials. Undefined when `w` is none of these; null
 * when it is, and names no currency here.
 * @example localWord('650 000 kr.', 8, 'kr', 'sv') // { currency: 'SEK', at: 11 }
 */
export function localWord(lower: string, i: number, w: string, locale: string): Mark | null | undefined {
  const end = i + w.length;
  if (CROWNS.has(w)) {
    const cur = crownOf(locale);
    if (!cur && w === 'kr') return null;
    const cents = w === 'øre' || w === 'ører' ? { mult: 0.01 } : {};
    return { currency: cur ?? 'NOK', at: end + (w === 'kr' && lower[end] === '.' ? 1 : 0), ...cents };
  }
  // "åtte tusen norske kroner", "svenska kronor": the country's crown, whatever the page's language.
  const national = CROWN_NATION.get(w);
  if (national)
    return /^ kron[ae]r\b/.test(lower.slice(end, end + 8)) ? { currency: national, at: end + 7 } : undefined;
  if (w === 'đô') {
    const la = /^[ -]la(?: mỹ)?(?![\p{L}])/u.exec(lower.slice(end, end + 8));
    return { currency: 'USD', at: end + (la ? la[0].length : 0) };
  }
  if (w === 'mỹ') return lower.startsWith(' kim', end) ? { currency: 'USD', at: end + 4 } : undefined;
  if (w === 'đồng' || w === 'đ') {
    const next = lower[end] === ' ' ? wordAt(lower, end + 1) : '';
    return COIN_AFTER_DONG.has(next) ? null : { currency: 'VND', at: end };
  }
  if (w === 'ש' && (lower[end] === '"' || lower[end] === '״') && lower[end + 1] === 'ח')
    return { currency: 'ILS', at: end + 2 };
  if (w === 'تومان') return { currency: 'IRR', at: end, mult: 10 };
  return undefined;
}

/** Finnish puts the euro in its cases: "54 000 eurossa", "euroon", "eurolla". */
const FINNISH_EURO = /^euro(?:a|n|on|ssa|sta|lla|lle|ksi|ihin|issa|ista|illa)$/;
/** The dollar's stem in every script the detector reads, whatever the case ending after it. */
export const DOLLAR_STEM = /^(?:dolar|dollar|доллар|долар|دولار|dollár|dolár|ডলার|ڈالر)/;

/** Case endings: "dolarlık", "dolardan", "долларах", "рублях", "dollaro". */
export function inflected(w: string): string | undefined {
  if (w.length < 5) return undefined;
  if (DOLLAR_STEM.test(w)) return 'USD';
  if (w.startsWith('рубл')) return 'RUB';
  if (w.startsWith('lira')) return 'TRY';
  if (w.startsWith('টাকা')) return 'BDT';
  if (w.startsWith('forint')) return 'HUF';
  if (FINNISH_EURO.test(w)) return 'EUR';
  return undefined;
}

/**
 * Currency marks before or after a number: $, US$, R$, CA$, €, EUR, Rs., ₹ … and "Dollar", "dólares", "डॉलर", "ドル", "円".
 */

import {
  CENTS,
  CJK_CENTS,
  CJK_PREFIX,
  CJK_SUFFIX,
  DOLLAR_COUNTRY,
  NATIONALITY,
  PESO_CODES,
} from './currency-words';

/** Currencies written with a '$' sign, whose code may stand before or after it ("AUD $100", "$2,300 CAD"). */
export const DOLLAR_CODES = new Set([...PESO_CODES, 'USD', 'CAD', 'AUD', 'NZD', 'HKD', 'SGD', 'TWD']);

import { DOLLAR_STEM, inflected, localWord, ROMANIAN_AFTER_DE, THAI_SUFFIX } from './local-currencies';
import { isDigit } from './number-shape';
import { isSpace as isSpaceImport, isThai, wordAt as wordAtImport } from './text';

// Local copies of the helpers called for every number: under the test runner's module wrapper each
// read of an imported binding is a getter call.
const isSpace = isSpaceImport;
const wordAt = wordAtImport;

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
/** Nationalities English prose writes before their currency's name ("Turkish Liras"). */
let NATIONAL: Map<string, string>;
function init(): void {
  SYMBOL = table('USD:$|EUR:€|GBP:£|JPY:¥ ￥|INR:₹|KRW:₩|RUB:₽|TRY:₺|UAH:₴|NGN:₦|PHP:₱|VND:₫|ILS:₪|PKR:₨');
  // "N$" is the Namibian dollar and "NT$" the Taiwan dollar: neither is a US dollar.
  DOLLAR = table(
    'USD:US U USD|BRL:R|CAD:CA C CDN CAN|AUD:A AU|HKD:HK|SGD:S SG|NZD:NZ|MXN:MX|NAD:N|TWD:NT|ARS:AR|COP:COL|CLP:CLP',
  );
  CODES = new Set(
    (
      'USD EUR GBP JPY INR BRL CHF CAD AUD CNY KRW HKD SGD MXN RUB TRY ARS COP CLP PEN PLN IDR NGN ZAR PHP TWD UAH RMB ' +
      'PKR KES GHS EGP SAR AED QAR KWD THB VND MYR SEK NOK DKK CZK HUF RON BGN KZT ILS UYU NZD BDT LKR VES BOB PYG'
    ).split(' '),
  );
  NATIONAL = table(
    'TRY:turkish|INR:indian|CNY:chinese|RUB:russian|BRL:brazilian|JPY:japanese|USD:united امریکی মার্কিন|PKR:پاکستانی',
  );
  WORDS = table(
    'USD:dollar dollars dólar dólares dollari dollaro usd usdt usdc busd fdusd bucks डॉलर डालर dolar dolara doları dolar’a dol ' +
      'доллар доллара долларов долларам долл dolarów dolara dolary dolarach dolares دولار دولارا دولاراً دولارات الدولار|' +
      'EUR:euro euros eur यूरो евро avro|GBP:gbp sterling|JPY:jpy yen|INR:inr rupees rupee रुपये रुपए रुपया रूपये|' +
      'BRL:brl reais real|CHF:chf franken francs franchi franco|CAD:cad|AUD:aud|CNY:cny yuan yuans rmb|' +
      'RUB:rub рублей рубля рубль руб ruble rubles rouble roubles|' +
      'TRY:tl lira liras|PLN:pln złotych zł złote złotego|KRW:krw won|IDR:idr rupiah|ARS:ars|MXN:mxn pesos|COP:cop|' +
      // The newer languages' words, as their pages write them (tests/unit/detect/languages.test.ts).
      'USD:долар доларів долари долара доларах доларам δολάρια δολαρίων δολάριο δολ دلار دلاری דולר דולרים|' +
      'EUR:євро ευρώ eura eurech|UAH:гривень гривні гривня гривню грн|RON:lei|CZK:korun koruna koruny kč czk|' +
      'SEK:kronor krona sek|NOK:nok|DKK:dkk|VND:vnđ vnd|IRR:ریال|ILS:שקל שקלים|' +
      'HUF:forint ft|EUR:euró eurót euróra euróval evra evrov evrih evro евра|HRK:kuna kune|' +
      'RSD:dinara динара|BGN:лева лв|MYR:ringgit|PHP:piso|USD:dolyar ডলার ڈالر|BDT:টাকা|PKR:روپے',
  );
}
export interface Mark {
  currency: string;
  /** New span start (prefix) or end (suffix). */
  at: number;
  /** 0.01 for cents ("7 Cent", "5 ¢", "90센트"), else absent. */
  mult?: number;
}

/** A currency sign or code right before position `start` (one space allowed). */
export function prefixCurrency(s: string, start: number): Mark | null {
  if (!SYMBOL) init();
  // Every CJK word ends in a character at or past U+3000: most numbers need no look at the list.
  // Glued or one space before: "新台幣188.6萬元", "新台幣 1 億 4,104 萬元" (zh-tw-tokenpost-com.ts).
  const cjkEnd = isSpace(s.charCodeAt(start - 1)) ? start - 1 : start;
  if (s.charCodeAt(cjkEnd - 1) >= 0x3000)
    for (const [w, cur] of CJK_PREFIX)
      if (s.startsWith(w, cjkEnd - w.length)) return { currency: cur, at: cjkEnd - w.length };
  let j = start - 1;
  if (isSpace(s.charCodeAt(j))) j--;
  const c = s[j] ?? '';
  // "U$S5.000", "u$s86.300": the Argentine way of writing US dollars.
  if ((c === 'S' || c === 's') && s[j - 1] === '$' && (s[j - 2] === 'U' || s[j - 2] === 'u'))
    return { currency: 'USD', at: j - 2 };
  if (c === '$') {
    let k = j;
    while (k > j - 3 && isUpper(s.charCodeAt(k - 1))) k--;
    const glued = s.slice(k, j);
    const cur = DOLLAR.get(glued);
    if (cur && !isLetter(s.charCodeAt(k - 1))) return { currency: cur, at: k };
    // "ARS $98.366.902", "AUD $100,000": a code before the sign says whose dollar sign it is.
    const code = s.slice(j - 4, j - 1);
    // Not the quote of a pair before it ("BTC/USD $70,444").
    const pairQuote = s[j - 5] === '/' || s[j - 5] === '-';
    if (s[j - 1] === ' ' && DOLLAR_CODES.has(code) && !isLetter(s.charCodeAt(j - 5)) && !pairQuote)
      return { currency: code, at: j - 4 };
    return { currency: 'USD', at: j };
  }
  const sym = SYMBOL.get(c);
  if (sym) return { currency: sym, at: j };
  // South African rand: "R727,452", "R1-million", glued to the digits only.
  if (c === 'R' && j === start - 1 && !isLetter(s.charCodeAt(j - 1)) && s[j - 1] !== '$')
    return { currency: 'ZAR', at: j };
  // Codes: "USD 70,000", "Rs. 57,40,000", "CHF 59'800"; not the quote of a pair ("BTC/USD 70,123").
  if (c === '.') j--;
  let k = j;
  while (k > j - 4 && isLetter(s.charCodeAt(k))) k--;
  const word = s.slice(k + 1, j + 1);
  const before = s[k];
  // Not the quote of a pair ("BTC/USD 70,123"), but "USD 177.28/AUD 217.22" is two amounts.
  if (isLetter(s.charCodeAt(k)) || ((before === '/' || before === '-') && !isDigit(s.charCodeAt(k - 1))))
    return null;
  if (CODES.has(word)) return { currency: word === 'RMB' ? 'CNY' : word, at: k + 1 };
  if (word === 'Rs' || word === 'RS') return { currency: 'INR', at: k + 1 };
  if (word === 'Rp') return { currency: 'IDR', at: k + 1 };
  if (word === 'RM') return { currency: 'MYR', at: k + 1 };
  if (word === 'TL') return { currency: 'TRY', at: k + 1 };
  return null;
}

/** A currency sign or word right after position `end` (one space allowed); `scaled` allows "de"/"di". */
export function suffixCurrency(
  s: string,
  lower: string,
  end: number,
  scaled: boolean,
  locale = '',
): Mark | null {
  if (!SYMBOL) init();
  let i = end;
  // "10.000-Dollar", "42,981.09(USD)", "20,000 अमरीकी डॉलर"
  if (isSpace(s.charCodeAt(i)) || (s[i] === '-' && isLetter(s.charCodeAt(i + 1)))) i++;
  else if (s[i] === '(' && /^\([A-Z]{3}\)/.test(s.slice(i, i + 5)) && CODES.has(s.slice(i + 1, i + 4))) {
    return { currency: s.slice(i + 1, i + 4), at: i + 5 };
  }
  // Only Devanagari (U+0900 on) starts a nationality: no slice for Latin text.
  const nationality = s.charCodeAt(i) >= 0x900 ? NATIONALITY.exec(s.slice(i, i + 10)) : null;
  if (nationality) i += nationality[0].length;
  const code = s.charCodeAt(i);
  // Digits and ASCII punctuation other than '$' never start a currency.
  if (code < 65 && code !== 36) return null;
  const c = s[i] ?? '';
  const sym = SYMBOL.get(c);
  // "$66,500 $66,900": a '$' before a digit starts the next amount; so does any symbol after a year
  // ("in 2024 en 2023 € 57.000": tests/unit/detect/real/dev/nl-bitcoinhelper-nl.ts).
  const startsNext =
    startsNumber(s, i + 1) &&
    (c === '$' || (!scaled && YEAR_BEFORE.test(s.slice(Math.max(0, end - 5), end))));
  if (sym && !(c === '$' && isLetter(s.charCodeAt(i + 1))) && !startsNext) {
    return { currency: sym, at: i + 1 };
  }
  if (c === 'z' && s[i + 1] === 'ł') return { currency: 'PLN', at: i + 2 };
  // Every CJK word starts at or past U+3000.
  if (code >= 0x3000)
    for (const [w, cur] of CJK_SUFFIX) if (s.startsWith(w, i)) return { currency: cur, at: i + w.length };
  if (code >= 0x3000)
    for (const [w, cur] of CJK_CENTS)
      if (s.startsWith(w, i)) return { currency: cur, at: i + w.length, mult: 0.01 };
  if (c === '¢') return { currency: 'USD', at: i + 1, mult: 0.01 };
  // "94,000 US$", "50 000 CA$"
  const glued = isUpper(code) ? /^[A-Z]{1,3}\$/.exec(s.slice(i, i + 4)) : null;
  if (glued) {
    const cur = DOLLAR.get(glued[0].slice(0, -1));
    if (cur) return { currency: cur, at: i + glued[0].length };
  }
  if (isThai(code))
    for (const [w, cur] of THAI_SUFFIX) if (s.startsWith(w, i)) return { currency: cur, at: i + w.length };
  let w = wordAt(lower, i);
  if (!w) return null;
  const local = localWord(lower, i, w, locale);
  if (local !== undefined) return local;
  // "milliards de dollars", "milioni di dollari", "milliards d'euros"; Romanian puts "de" before
  // the currency of any number from twenty on: "65.000 de dolari".
  if ((scaled || w === 'de') && (w === 'de' || w === 'di' || w === 'd')) {
    const sep = lower[i + w.length];
    const j = i + w.length + 1;
    if (sep === ' ' || (w === 'd' && (sep === "'" || sep === '’'))) {
      const next = wordAt(lower, j);
      const cur = WORDS.get(next) ?? inflected(next);
      if (cur && (scaled || ROMANIAN_AFTER_DE.has(next))) return { currency: cur, at: j + next.length };
    }
    return null;
  }
  // "Turkish Liras", "Indian rupees", "United States Dollar": the country's word, then its currency's.
  const national = NATIONAL.get(w);
  if (national && lower[i + w.length] === ' ') {
    let j = i + w.length + 1;
    if (w === 'united' && lower.startsWith('states ', j)) j += 7;
    const next = wordAt(lower, j);
    const cur = WORDS.get(next) ?? inflected(next);
    if (cur === national) return { currency: cur, at: j + next.length };
  }
  // "US-Dollar", "US dollars", "Canadian dollars", "ABD doları"
  const country = DOLLAR_COUNTRY[w];
  if (country && (lower[i + w.length] === '-' || lower[i + w.length] === ' ')) {
    const next = wordAt(lower, i + w.length + 1);
    if (DOLLAR_STEM.test(next)) return { currency: country, at: i + w.length + 1 + next.length };
  }
  if (w.length === 3 && CODES.has(w.toUpperCase())) {
    // "26,574,931 PKR": any known code, written in capitals.
    if (isUpper(s.charCodeAt(i)) && isUpper(s.charCodeAt(i + 2)))
      return { currency: w.toUpperCase(), at: i + 3 };
    w = '';
  }
  // "TL" and "tl" only as a code: upper case.
  if (w === 'tl' && s[i] !== 'T') w = '';
  const cent = CENTS[w];
  if (cent) return { currency: cent, at: i + w.length, mult: 0.01 };
  const cur = WORDS.get(w) ?? inflected(w);
  // Polish and Greek abbreviate the dollar as "dol.", "δολ.": the dot is part of it.
  const dot = (w === 'dol' || w === 'δολ') && s[i + 3] === '.' ? 1 : 0;
  return cur ? { currency: cur, at: i + w.length + dot } : null;
}

/** A year standing alone right before a position: "2023" in "en 2023 € 57.000". */
const YEAR_BEFORE = /(?:^|[^\d.,'’\s]\s?|\s)(?:19|20)\d\d$/;

const startsNumber = (s: string, i: number): boolean => {
  const c = s.charCodeAt(isSpace(s.charCodeAt(i)) ? i + 1 : i);
  return c >= 48 && c <= 57;
};

export { ROUGH_USD } from './currency-words';

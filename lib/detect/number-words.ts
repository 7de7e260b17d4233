/**
 * Amounts written in words before a currency word: "a million dollars", "centomila euro",
 * "tweeduizend dollar", "Quarante mille euros", "dez mil reais", "четыреста долларов", "العشرين ألف دولار",
 * "یک میلیون دلار".
 * Real pages write round levels this way (tests/unit/detect/number-words.test.ts names them).
 */

import { CURRENCY_STEMS } from './amount-hint';
import { suffixCurrency } from './currencies';
import { DOLLAR_COUNTRY } from './currency-words';
import { NUMBER_WORDS } from './number-word-table';

// Built on first use: most blocks hold no currency word after a letter.
let MORPHEMES: Map<string, number>;
/**
 * The morphemes by their first character (a word is tried only against its own), longest first, so
 * "quarantamila" splits as quaranta + mila, not quar…
 */
let SORTED: Map<string, string[]>;
const SINGULAR = new Set([
  'dollar',
  'dólar',
  'dolar',
  'euro',
  'real',
  'peso',
  'rupee',
  'franc',
  'franco',
  'dollaro',
]);
const UNGLUED = new Set(['an', 'een', 'um', 'uma', 'une']);
const JOINERS = new Set(['and', 'e', 'y', 'et', 'und', 'и']);
/** Articles count as one only before a bare scale or the currency: "a million", "a dollar"; not "a centomila". */
const ARTICLES = new Set(['a', 'an', 'un', 'une', 'uno', 'una', 'um', 'uma', 'ein', 'eine', 'einen', 'een']);

function init(): void {
  MORPHEMES = new Map();
  NATIONS = new Set([...Object.keys(DOLLAR_COUNTRY), 'norske', 'danske', 'svenske', 'svenska']);
  for (const [v, words] of NUMBER_WORDS) for (const w of words.split(' ')) MORPHEMES.set(w, v);
  SORTED = new Map();
  for (const m of [...MORPHEMES.keys()].sort((a, b) => b.length - a.length)) {
    const list = SORTED.get(m[0]!) ?? SORTED.set(m[0]!, []).get(m[0]!)!;
    list.push(m);
  }
}

/** The values of the morphemes a word is made of ("duecentomila" → 2, 100, 1000), or null. */
function morphemes(w: string, out: number[]): boolean {
  let i = 0;
  while (i < w.length) {
    if (w[i] === '-') {
      i++;
      continue;
    }
    let hit = '';
    for (const m of SORTED.get(w[i]!) ?? []) {
      // Articles count only as whole words: "ratusan" is no "ratus" + "an".
      if (
        w.startsWith(m, i) &&
        (m.length > 1 || w.length === 1) &&
        !(m.length < w.length && UNGLUED.has(m))
      ) {
        hit = m;
        break;
      }
    }
    if (!hit) return false;
    out.push(MORPHEMES.get(hit)!);
    i += hit.length;
  }
  return true;
}

/** Compose values read left to right: "two hundred thousand" = 200,000; "mil millones" = 10^9. */
function compose(values: number[]): number {
  let total = 0;
  let current = 0;
  // "ساڑھے تین" is three and a half: the fraction waits for its number (number-word-table.ts).
  let extra = 0;
  for (const v of values) {
    if (v < 0) extra = -v;
    else if (v === 0.5) current = 0.5;
    else if (v === 100) current = (current || 1) * 100;
    else if (v >= 1000) {
      // "सवा लाख" is a lakh and a quarter.
      const chunk = (current || (total ? 0 : 1)) + extra;
      extra = 0;
      total = total > 0 && total < v ? (total + chunk) * v : total + chunk * v;
      current = 0;
    } else {
      current = (current === 1 && v > 1 ? v : current + v) + extra;
      extra = 0;
    }
  }
  return total + current;
}

/** A found amount in words: span and value; the currency comes from the currency word. */
export interface WordAmount {
  start: number;
  end: number;
  value: number;
  currency: string;
}

/**
 * A currency word an amount in words ends with, after a letter and a space or an apostrophe ("cento
 * dollari", "milliards d'euros"): a word amount ends in a letter, most amounts in a digit. One search for
 * all of them, the letter and space matched too (a third faster than testing them after each stem).
 */
const STEMS = /* @__PURE__ */ new RegExp(
  `[a-z\\u00c0-\\u024f\\u0400-\\u04ff\\u0620-\\u06ff\\u0900-\\u097f][ '’](?:${CURRENCY_STEMS})`,
  'g',
);

/** Where the space or apostrophe before such a currency word sits, in text order. */
function currencyWordsAt(lower: string): number[] {
  const at: number[] = [];
  STEMS.lastIndex = 0;
  for (let m = STEMS.exec(lower); m; m = STEMS.exec(lower)) {
    at.push(m.index + 1);
    // The stem's own last letter may start the next match ("cento dollari euro").
    STEMS.lastIndex = m.index + 2;
  }
  return at;
}
const LINKS = new Set(['us', 'de', 'di', 'd', 'of']);
/** "åtte tusen norske kroner", "pedeset tisuća američkih dolara": the nation between number and currency. */
let NATIONS: Set<string>;
/**
 * Indonesian says a thousand "seribu": "ratusan ribu dolar" is hundreds of thousands, no amount; Hindi
 * and Urdu say "एक लाख", so a lone "लाख डॉलर" follows a number the phrase does not hold ("कई लाख").
 */
const NEVER_ALONE = new Set([
  'ribu',
  'juta',
  'हजार',
  'हज़ार',
  'लाख',
  'करोड़',
  'करोड',
  'अरब',
  'ہزار',
  'لاکھ',
  'کروڑ',
  'ارب',
]);
// Arabic and Persian letters from U+0620: the block's punctuation ("،", "؛", "؟") comes before it, and
// its digits are ASCII by now (text.ts, asciiDigits); Devanagari's letters and signs, before its "।".
const isLetter = (c: number) =>
  (c >= 97 && c <= 122) ||
  (c >= 0xc0 && c <= 0x24f) ||
  (c >= 0x400 && c <= 0x4ff) ||
  (c >= 0x620 && c <= 0x6ff) ||
  (c >= 0x900 && c <= 0x963);

interface Token {
  w: string;
  at: number;
}

const isWordChar = (c: number) => isLetter(c) || c === 45;

/** The words right before `at`, one space apart, last first (at most six). A backward scan: no regex, few slices. */
function wordsBefore(lower: string, at: number): Token[] {
  const out: Token[] = [];
  let e = at;
  while (out.length < 6) {
    let b = e;
    while (b > 0 && isWordChar(lower.charCodeAt(b - 1))) b--;
    if (b === e) break;
    out.push({ w: lower.slice(b, e), at: b });
    const c = lower[b - 1];
    if (c !== ' ' && c !== '\u00a0') break;
    e = b - 1;
  }
  return out;
}

/** Every amount in words in `s` (lowercased as `lower`), in order. Cheap when there is none. */
export function findWordAmounts(s: string, lower: string): WordAmount[] {
  const out: WordAmount[] = [];
  for (const index of currencyWordsAt(lower)) {
    if (!MORPHEMES) init();
    const tokens = wordsBefore(lower, index);
    // "milliards d'euros", "di dollari", "de dólares", "US dollars": the number phrase ends before these.
    if (lower[index] !== ' ' && tokens[0]?.w !== 'd') continue;
    if (tokens.length && (LINKS.has(tokens[0]!.w) || NATIONS.has(tokens[0]!.w))) tokens.shift();
    const phrase = longestNumberPhrase(tokens.reverse());
    if (!phrase) continue;
    const start = phrase.first.at;
    const phraseEnd = phrase.last.at + phrase.last.w.length;
    // "1 million dollars" is a number the digit scan reads; "“20” ألف دولار" one it leaves, not a thousand
    // (ar-libyaakhbar-com.ts in tests/unit/detect/real/dev quotes its numbers).
    if (/[0-9.,$€£”″"»]/.test(lower[start - 2] ?? '') && lower[start - 1] === ' ') continue;
    const cur = suffixCurrency(s, lower, phraseEnd, phrase.scaled);
    if (!cur || cur.at <= index || isLetter(lower.charCodeAt(cur.at)) || lower[cur.at] === '-') continue;
    // An article alone counts only before a singular: "a dollar", "un euro"; not "a franchi".
    if (phrase.first === phrase.last && NEVER_ALONE.has(phrase.first.w)) continue;
    const lone = phrase.first === phrase.last && ARTICLES.has(phrase.first.w);
    if (lone && !SINGULAR.has(lower.slice(index + 1, cur.at))) continue;
    out.push({ start, end: cur.at, value: phrase.value, currency: cur.currency });
  }
  return out;
}

interface Phrase {
  first: Token;
  last: Token;
  value: number;
  scaled: boolean;
}

/** The longest run of number words ending the list, its value, and whether it ends in a scale. */
function longestNumberPhrase(tokens: Token[]): Phrase | null {
  let best: Phrase | null = null;
  for (let i = tokens.length - 1; i >= 0; i--) {
    const values: number[] = [];
    let ok = true;
    for (let k = i; k < tokens.length && ok; k++) {
      const w = tokens[k]!.w;
      // "half a million": the article after "half" is part of it.
      if (w === 'a' && k > i && values.at(-1) === 0.5) continue;
      if (JOINERS.has(w) && k > i && k < tokens.length - 1) continue;
      const next = tokens[k + 1]?.w;
      if (ARTICLES.has(w) && next !== undefined && !((MORPHEMES.get(next) ?? 0) >= 100)) ok = false;
      else ok = morphemes(w, values);
    }
    if (!ok) break;
    const value = compose(values);
    if (value >= 1) best = { first: tokens[i]!, last: tokens.at(-1)!, value, scaled: values.at(-1)! >= 1e6 };
  }
  return best;
}

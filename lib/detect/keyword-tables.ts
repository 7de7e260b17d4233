/**
 * Keyword lookup tables, built from lexicon.ts on the first scan; the cheap pre-filter on words;
 * Japanese keywords found inside kana/kanji runs.
 */

import type { Events } from './events';
import { LEXICON } from './lexicon';
import { CJK_LEXICON } from './lexicon-cjk';
import type { Cat } from './types';
import { SATS } from './word-sets';

// Tables are built on the first call, so importing the detector costs nothing on pages without text.
export let KEY: Map<string, Cat>;
export let STARTS: Set<string>;
/** Second words of phrases: a phrase is looked up only when the next word is one of them. */
export let SECOND: Set<string>;
/** Every word that may start an event, by hash, so most words are skipped without slicing. */
export let HASHED: Map<number, string[]>;
/** One bit per hash bucket holding a HASHED word: most words fail this test and skip the Map. */
const HASH_BITS = new Uint8Array(1 << 13);
/** Hashes of the first three letters of glued pairs (BTCUSDT, ETHUSDT). */
export let HEADS: Set<number>;
/** Japanese keywords by first character. */
export let CJK: Map<number, [string, Cat][]>;

const hash = (w: string, from = 0, to = w.length): number => {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};

/** Marks a word that may start an event, its hash `h` already known. */
function hashed(w: string, h = hash(w)): void {
  HASH_BITS[(h >>> 3) & 0x1fff]! |= 1 << (h & 7);
  const list = HASHED.get(h);
  if (!list) HASHED.set(h, [w]);
  else if (!list.includes(w)) list.push(w);
}

/** One lexicon entry: a word, or a phrase whose words '_' joins (`gap` where its first one ends). */
function addWord(w: string, gap: number, h: number, cat: Cat): void {
  const k = gap < 0 ? w : w.replaceAll('_', ' ');
  if (KEY.has(k)) return;
  KEY.set(k, cat);
  if (gap < 0) {
    hashed(k, h);
    return;
  }
  const first = k.slice(0, gap);
  const next = k.indexOf(' ', gap + 1);
  STARTS.add(first);
  SECOND.add(k.slice(gap + 1, next < 0 ? k.length : next));
  hashed(first, h);
}

export function init(): void {
  KEY = new Map();
  STARTS = new Set();
  SECOND = new Set();
  HASHED = new Map();
  // One pass over each list's characters, hashing as it goes: no array per list and no second walk
  // over each word. This runs on the first scan of every Bitcoin page, before the code is warm
  // (docs/detector.md, "Speed and size").
  for (const [cat, words] of LEXICON) {
    const n = words.length;
    let from = 0;
    let h = 0;
    let gap = -1;
    for (let i = 0; i <= n; i++) {
      const c = i < n ? words.charCodeAt(i) : 32;
      if (c !== 32) {
        // A phrase is hashed by its first word: the scan looks phrases up from their first word.
        if (c === 95) gap = gap < 0 ? i - from : gap;
        else if (gap < 0) h = (Math.imul(h, 31) + c) | 0;
        continue;
      }
      if (i > from) addWord(words.slice(from, i), gap, h, cat);
      from = i + 1;
      h = 0;
      gap = -1;
    }
  }
  for (const w of [...SATS, 'coin', 'coins', 'token']) hashed(w);
  HEADS = new Set([...COIN_TICKERS, ...OTHER_TICKERS].map((w) => hash(w)));
  CJK = new Map();
  for (const [cat, words] of CJK_LEXICON) {
    for (const w of words.split(' ')) {
      const c = w.charCodeAt(0);
      CJK.get(c)?.push([w, cat]) ?? CJK.set(c, [[w, cat]]);
    }
  }
}

/** The category of a single keyword, if any. */
export function cueOf(word: string): Cat | undefined {
  if (!KEY) init();
  return KEY.get(word);
}

/**
 * Whether lower[.., j) ends in a cost word glued to another noun, read at its end without slicing (it
 * runs for every long word): "Förderkosten", "mijnkosten", "gjennomsnittskostnaden"
 * (no-no-beincrypto-com.ts in the dev split), "omkostninger", "energiakustannukset".
 */
export function endsInCost(lower: string, j: number): boolean {
  switch (lower.charCodeAt(j - 1)) {
    case 110: // n
      return lower.startsWith('kosten', j - 6) || lower.startsWith('kostnaden', j - 9);
    case 100: // d
      return lower.startsWith('kostnad', j - 7);
    case 114: // r
      return lower.startsWith('kostnader', j - 9) || lower.startsWith('omkostninger', j - 12);
    case 115: // s
      return lower.startsWith('kustannus', j - 9);
    case 116: // t
      return lower.startsWith('kustannukset', j - 12);
    default:
      return false;
  }
}

/**
 * The word lower[i, j) (hash h) if it could produce an event, else ''. Most words are rejected on
 * their hash without slicing; known words come back as the table's own string, also unsliced.
 */
export function candidate(lower: string, i: number, j: number, h: number): string {
  const len = j - i;
  const list = (HASH_BITS[(h >>> 3) & 0x1fff]! >> (h & 7)) & 1 ? HASHED.get(h) : undefined;
  if (list) {
    for (const w of list) if (w.length === len && lower.startsWith(w, i)) return w;
    return lower.slice(i, j);
  }
  if (
    (len >= 7 && lower.startsWith('bitcoin', i)) ||
    (len >= 5 && len <= 9 && HEADS.has(hash(lower, i, i + 3))) ||
    (len > 6 && (lower.startsWith('gebühr', j - 6) || lower.startsWith('gebühren', j - 8))) ||
    (len > 8 && endsInCost(lower, j))
  )
    return lower.slice(i, j);
  return '';
}

/** Japanese keywords inside a kana/kanji run, in order (ties in CJK_LEXICON order): found by
 * increasing start, so already sorted. */
export function cjkEvents(lower: string, from: number, to: number, out: Events): void {
  for (let i = from; i < to; i++) {
    const list = CJK.get(lower.charCodeAt(i));
    if (!list) continue;
    for (const [w, cat] of list) {
      if (i + w.length <= to && lower.startsWith(w, i)) out.push(i, i + w.length, cat);
    }
  }
}

export const COIN_TICKERS = ['btc', 'xbt'];
export const OTHER_TICKERS = ['eth', 'sol', 'xrp', 'bnb', 'ada', 'ltc', 'bch'];

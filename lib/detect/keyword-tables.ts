/** Keyword lookup tables, built from lexicon.ts on the first scan, and the cheap pre-filter on words. */

import { CJK_LEXICON, LEXICON, SATS } from './lexicon';
import type { Cat } from './types';

// Tables are built on the first call, so importing the detector costs nothing on pages without text.
export let KEY: Map<string, Cat>;
export let STARTS: Set<string>;
/** Hashes of every word that may start an event, so most words are skipped without slicing. */
export let HASHED: Set<number>;
/** Hashes of the first three letters of glued pairs (BTCUSDT, ETHUSDT). */
export let HEADS: Set<number>;
/** Japanese keywords by first character. */
export let CJK: Map<number, [string, Cat][]>;

const hash = (w: string, from = 0, to = w.length): number => {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};

export function init(): void {
  KEY = new Map();
  STARTS = new Set();
  for (const [cat, words] of LEXICON) {
    for (const w of words.split(' ')) {
      const k = w.replace(/_/g, ' ');
      if (!KEY.has(k)) KEY.set(k, cat);
      if (k.includes(' ')) STARTS.add(k.slice(0, k.indexOf(' ')));
    }
  }
  HASHED = new Set();
  for (const k of KEY.keys()) HASHED.add(hash(k.split(' ')[0]!));
  for (const w of [...SATS, 'coin', 'coins', 'token']) HASHED.add(hash(w));
  HEADS = new Set([...COIN_TICKERS, ...OTHER_TICKERS].map((w) => hash(w)));
  CJK = new Map();
  for (const [cat, words] of CJK_LEXICON) {
    for (const w of words.split(' ')) {
      const c = w.charCodeAt(0);
      CJK.get(c)?.push([w, cat]) ?? CJK.set(c, [[w, cat]]);
    }
  }
}

/** Whether a word could produce an event; cheap, so most words are never sliced. */
export function candidate(lower: string, i: number, j: number, h: number): boolean {
  const len = j - i;
  if (HASHED.has(h)) return true;
  if (len >= 7 && lower.startsWith('bitcoin', i)) return true;
  if (len >= 5 && len <= 9 && HEADS.has(hash(lower, i, i + 3))) return true;
  return len > 6 && (lower.startsWith('gebühr', j - 6) || lower.startsWith('gebühren', j - 8));
}

export const COIN_TICKERS = ['btc', 'xbt'];
export const OTHER_TICKERS = ['eth', 'sol', 'xrp', 'bnb', 'ada', 'ltc', 'bch'];

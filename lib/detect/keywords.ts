/**
 * One pass over the lowercased text turning words and punctuation into keyword and boundary
 * events (see Cat). Phrases are matched only when their first word starts one, so the pass stays linear.
 */

import { CJK_LEXICON, HELD, LEXICON, PER_COIN, QUOTES, SATS } from './lexicon';
import { isDigit } from './numbers';
import { cls, wordAt } from './text';
import { Cat, type Ev, ev } from './types';

const KEY = new Map<string, Cat>();
const STARTS = new Set<string>();
for (const [cat, words] of LEXICON) {
  for (const w of words.split(' ')) {
    const k = w.replace(/_/g, ' ');
    if (!KEY.has(k)) KEY.set(k, cat);
    if (k.includes(' ')) STARTS.add(k.slice(0, k.indexOf(' ')));
  }
}
/** Hashes of every word that may start an event, so most words are skipped without slicing. */
const hash = (w: string, from = 0, to = w.length): number => {
  let h = 0;
  for (let i = from; i < to; i++) h = (Math.imul(h, 31) + w.charCodeAt(i)) | 0;
  return h;
};
const HASHED = new Set<number>();
for (const k of KEY.keys()) HASHED.add(hash(k.split(' ')[0]!));
for (const w of [...SATS, 'coin', 'coins', 'token']) HASHED.add(hash(w));
const HEADS = new Set(['btc', 'xbt', 'eth', 'sol', 'xrp', 'bnb', 'ada', 'ltc', 'bch']);

/** Whether a word could produce an event; cheap, so most words are never sliced. */
function candidate(lower: string, i: number, j: number, h: number): boolean {
  const len = j - i;
  if (HASHED.has(h)) return true;
  if (len >= 7 && lower.startsWith('bitcoin', i)) return true;
  if (len >= 5 && len <= 9 && HEADS.has(lower.slice(i, i + 3))) return true;
  return len > 6 && (lower.startsWith('gebühr', j - 6) || lower.startsWith('gebühren', j - 8));
}

const CJK: [string, Cat][] = CJK_LEXICON.flatMap(([cat, words]) =>
  words.split(' ').map((w) => [w, cat] as [string, Cat]),
);
const COIN_TICKERS = ['btc', 'xbt'];
const OTHER_TICKERS = ['eth', 'sol', 'xrp', 'bnb', 'ada', 'ltc', 'bch'];

/** The word following position i after at most two joiners (space, hyphen, apostrophe, &, /). */
function nextWord(lower: string, i: number): [string, number] {
  let j = i;
  while (j < i + 2 && " -’'&/\u00a0".includes(lower[j] ?? 'x')) j++;
  if (j === i) return ['', i];
  const w = wordAt(lower, j);
  return w ? [w, j + w.length] : ['', i];
}

/** The number written right before position i ("0.5 BTC", "12,000 bitcoin", "1BTC"), or ''. */
function numberBefore(s: string, i: number): string {
  let j = i;
  while (j > i - 3 && (s[j - 1] === ' ' || s[j - 1] === '-' || s[j - 1] === '\u00a0')) j--;
  let k = j;
  while (k > j - 24 && (isDigit(s.charCodeAt(k - 1)) || s[k - 1] === ',' || s[k - 1] === '.')) k--;
  const n = s.slice(k, j);
  return isDigit(n.charCodeAt(0)) && isDigit(s.charCodeAt(j - 1)) ? n : '';
}

function boundary(s: string, i: number, ch: string): Cat | 0 {
  if (ch === '₿') return Cat.Btc;
  if (ch === '\n' || ch === '。' || ch === '！' || ch === '？') return Cat.Sentence;
  if (ch === '.' || ch === '!' || ch === '?') {
    const next = s.charCodeAt(i + 1);
    if (!(next === 32 || next === 10 || next === 0xa0 || Number.isNaN(next))) return 0;
    // "U.S. spot", "approx. the": abbreviations and lowercase continuations are no boundary.
    if (ch === '.' && s[i - 2] === '.') return 0;
    const after = s.charCodeAt(i + 2);
    if (after >= 97 && after <= 122) return 0;
    return Cat.Sentence;
  }
  if (ch === ',' && isDigit(s.charCodeAt(i + 1))) return 0;
  return Cat.Clause;
}

/** A word's event, or null. `prev` is the word right before it (or ''). */
function wordEvent(s: string, lower: string, w: string, pos: number, prev: string): Ev | null {
  let end = pos + w.length;
  let cat = KEY.get(w);
  if (STARTS.has(w)) {
    const [w2, e2] = nextWord(lower, end);
    const [w3, e3] = w2 ? nextWord(lower, e2) : ['', e2];
    const c3 = w3 ? KEY.get(`${w} ${w2} ${w3}`) : undefined;
    const c2 = w2 ? KEY.get(`${w} ${w2}`) : undefined;
    if (c3) [cat, end] = [c3, e3];
    else if (c2) [cat, end] = [c2, e2];
  }
  if (cat === undefined) {
    const len = w.length;
    if (w.charCodeAt(0) === 98 && w.startsWith('bitcoin')) cat = Cat.Btc;
    else if (len > 6 && (w.endsWith('gebühren') || w.endsWith('gebühr'))) cat = Cat.Fee;
    else if (SATS.has(w)) return ev(pos, end, Cat.Holding);
    else if (w === 'coin' || w === 'coins' || w === 'token') {
      if (PER_COIN.has(prev)) return ev(pos, end, Cat.PerCoin);
      return numberBefore(s, pos) ? ev(pos, end, Cat.Holding) : null;
    } else if (len >= 5 && len <= 9) {
      // Glued pairs: BTCUSDT, XBTUSD, ETHUSDT.
      const head = w.slice(0, 3);
      const quote = QUOTES[w.slice(3)];
      if (quote && COIN_TICKERS.includes(head)) return ev(pos, end, Cat.Btc, quote);
      if (!quote || !OTHER_TICKERS.includes(head)) return null;
      cat = Cat.Other;
    } else return null;
  }
  if (cat !== Cat.Btc) return ev(pos, end, cat);
  // Pairs written with a slash or dash: BTC/USD, XBT-EUR.
  if (COIN_TICKERS.includes(w) && (lower[end] === '/' || lower[end] === '-')) {
    const q = wordAt(lower, end + 1);
    if (QUOTES[q]) return ev(pos, end + 1 + q.length, Cat.Btc, QUOTES[q]);
  }
  const n = numberBefore(s, pos);
  if (n === '1' || PER_COIN.has(prev)) return ev(pos, end, Cat.PerCoin);
  if (n && !/^(19|20)\d\d$/.test(n)) return ev(pos, end, Cat.Holding);
  return ev(pos, end, Cat.Btc, '', HELD.has(prev));
}

function cjkEvents(run: string, pos: number, out: Ev[]): void {
  const found: Ev[] = [];
  for (const [w, cat] of CJK) {
    for (let i = run.indexOf(w); i >= 0; i = run.indexOf(w, i + w.length)) {
      found.push(ev(pos + i, pos + i + w.length, cat));
    }
  }
  found.sort((a, b) => a.pos - b.pos);
  for (const e of found) out.push(e);
}

/** The category of a single keyword, if any. */
export const cueOf = (word: string): Cat | undefined => KEY.get(word);

/** Keyword and boundary events of a text, in order. `lower` is `s` lowercased (same length). */
export function scanKeywords(s: string, lower: string): Ev[] {
  const out: Ev[] = [];
  let prevStart = 0;
  let prevEnd = -9;
  const n = lower.length;
  let i = 0;
  while (i < n) {
    const k = cls(lower.charCodeAt(i));
    if (k === 5) {
      i++;
      continue;
    }
    if (k === 3 || k === 4) {
      const cat = k === 4 ? Cat.Verb : boundary(s, i, lower[i]!);
      if (cat) out.push(ev(i, i + 1, cat));
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    for (; j < n; j++) {
      const c = lower.charCodeAt(j);
      if (c >= 97 && c <= 122 ? k !== 1 : cls(c) !== k) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (k === 2) {
      cjkEvents(lower.slice(i, j), i, out);
      prevEnd = -9;
      i = j;
      continue;
    }
    let hit: Ev | null = null;
    if (candidate(lower, i, j, h)) {
      const prev = i - prevEnd <= 2 ? lower.slice(prevStart, prevEnd) : '';
      hit = wordEvent(s, lower, lower.slice(i, j), i, prev);
      if (hit) out.push(hit);
    }
    prevStart = i;
    prevEnd = j;
    i = hit ? Math.max(j, hit.end) : j;
  }
  return out;
}

/**
 * One pass over the lowercased text turning words and punctuation into keyword and boundary
 * events (see Cat). Phrases are matched only when their first word starts one, so the pass stays linear.
 */

import { CJK, COIN_TICKERS, candidate, init, KEY, OTHER_TICKERS, STARTS } from './keyword-tables';
import { HELD, PER_COIN, QUOTES, SATS } from './lexicon';
import { isDigit } from './numbers';
import { cls, wordAt } from './text';
import {
  C_BTC,
  C_CLAUSE,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_PER_COIN,
  C_SENTENCE,
  C_VERB,
  type Cat,
  type Ev,
  ev,
} from './types';

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
  if (ch === '₿') return C_BTC;
  if (ch === '\n' || ch === '。' || ch === '！' || ch === '？') return C_SENTENCE;
  if (ch === '.' || ch === '!' || ch === '?') {
    const next = s.charCodeAt(i + 1);
    if (!(next === 32 || next === 10 || next === 0xa0 || Number.isNaN(next))) return 0;
    // "U.S. spot", "approx. the": abbreviations and lowercase continuations are no boundary.
    if (ch === '.' && s[i - 2] === '.') return 0;
    const after = s.charCodeAt(i + 2);
    if (after >= 97 && after <= 122) return 0;
    return C_SENTENCE;
  }
  if (ch === ',' && isDigit(s.charCodeAt(i + 1))) return 0;
  return C_CLAUSE;
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
    if (w.charCodeAt(0) === 98 && w.startsWith('bitcoin')) cat = C_BTC;
    else if (len > 6 && (w.endsWith('gebühren') || w.endsWith('gebühr'))) cat = C_FEE;
    else if (SATS.has(w)) return ev(pos, end, C_HOLDING);
    else if (w === 'coin' || w === 'coins' || w === 'token') {
      if (PER_COIN.has(prev)) return ev(pos, end, C_PER_COIN);
      return numberBefore(s, pos) ? ev(pos, end, C_HOLDING) : null;
    } else if (len >= 5 && len <= 9) {
      // Glued pairs: BTCUSDT, XBTUSD, ETHUSDT.
      const head = w.slice(0, 3);
      const quote = QUOTES[w.slice(3)];
      if (quote && COIN_TICKERS.includes(head)) return ev(pos, end, C_BTC, quote);
      if (!quote || !OTHER_TICKERS.includes(head)) return null;
      cat = C_OTHER;
    } else return null;
  }
  if (cat !== C_BTC) return ev(pos, end, cat);
  // Pairs written with a slash or dash: BTC/USD, XBT-EUR.
  if (COIN_TICKERS.includes(w) && (lower[end] === '/' || lower[end] === '-')) {
    const q = wordAt(lower, end + 1);
    if (QUOTES[q]) return ev(pos, end + 1 + q.length, C_BTC, QUOTES[q]);
  }
  const n = numberBefore(s, pos);
  if (n === '1' || PER_COIN.has(prev)) return ev(pos, end, C_PER_COIN);
  if (n && !/^(19|20)\d\d$/.test(n)) return ev(pos, end, C_HOLDING);
  return ev(pos, end, C_BTC, '', HELD.has(prev));
}

/** Japanese keywords inside a kana/kanji run, in order (ties in CJK_LEXICON order). */
function cjkEvents(lower: string, from: number, to: number, out: Ev[]): void {
  const found: Ev[] = [];
  for (let i = from; i < to; i++) {
    const list = CJK.get(lower.charCodeAt(i));
    if (!list) continue;
    for (const [w, cat] of list) {
      if (i + w.length <= to && lower.startsWith(w, i)) found.push(ev(i, i + w.length, cat));
    }
  }
  found.sort((a, b) => a.pos - b.pos);
  for (const e of found) out.push(e);
}

/** The category of a single keyword, if any. */
export function cueOf(word: string): Cat | undefined {
  if (!KEY) init();
  return KEY.get(word);
}

/** Keyword and boundary events of a text, in order. `lower` is `s` lowercased (same length). */
export function scanKeywords(s: string, lower: string): Ev[] {
  if (!KEY) init();
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
      const cat = k === 4 ? C_VERB : boundary(s, i, lower[i]!);
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
      cjkEvents(lower, i, j, out);
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

/**
 * One pass over the lowercased text turning words and punctuation into keyword and boundary
 * events (see Cat). Phrases are matched only when their first word starts one, so the pass stays linear.
 */

import { Events } from './events';
import {
  COIN_TICKERS,
  candidate,
  cjkEvents,
  endsInCost,
  init,
  KEY,
  OTHER_TICKERS,
  SECOND,
  STARTS,
} from './keyword-tables';
import { isDigit } from './number-shape';
import { CLS, cls, wordAt } from './text';
import {
  C_BTC as BTC,
  C_COST_WORD,
  C_CRYPTO,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_PER_COIN,
  C_VERB,
  type Cat,
  C_CLAUSE as CLAUSE,
  C_SENTENCE as SENTENCE,
} from './types';
import { HELD, PER_COIN, QUOTES, SATS } from './word-sets';
import { nextWord, numberBefore } from './words';

// Local copies of the categories read for every punctuation mark and word: under the test runner's
// module wrapper each read of an imported binding is a getter call.
const C_BTC = BTC;
const C_CLAUSE = CLAUSE;
const C_SENTENCE = SENTENCE;

// The tables once built, read for every candidate word: local for the same reason.
let key: Map<string, Cat>;
let starts: Set<string>;

// A transaction's cost is its fee ("Transaktionskosten", "transactiekosten").
const TRANSACTION = /^(?:transakti|transacti|überweisung)/;

const ABBREVIATION = /(?:^|[^\p{L}])(?:ca|approx|aprox|env|ungef|zirka|bzw|vs|nr|no|ok|прибл|ок)$/iu;

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
    // "ca. 180 Euro pro Bitcoin", "approx. $5": an abbreviation before an amount ends no sentence.
    if (
      ch === '.' &&
      (isDigit(after) || after === 36 || after === 0x20ac) &&
      ABBREVIATION.test(s.slice(Math.max(0, i - 7), i))
    )
      return 0;
    return C_SENTENCE;
  }
  if (ch === ',' && isDigit(s.charCodeAt(i + 1))) return 0;
  return C_CLAUSE;
}

/** Push a word's event and return its end, or -1. The word before it is lower[ps, pe) (empty if ps === pe). */
function wordEvent(
  s: string,
  lower: string,
  w: string,
  pos: number,
  ps: number,
  pe: number,
  out: Events,
): number {
  let end = pos + w.length;
  let cat = key.get(w);
  // Most words start no phrase: no next word is read (SECOND never holds the empty word).
  if (starts.has(w)) {
    const [w2, e2] = nextWord(lower, end);
    if (SECOND.has(w2)) {
      const [w3, e3] = nextWord(lower, e2);
      const c3 = w3 ? KEY.get(`${w} ${w2} ${w3}`) : undefined;
      const c2 = w2 ? KEY.get(`${w} ${w2}`) : undefined;
      if (c3) [cat, end] = [c3, e3];
      else if (c2) [cat, end] = [c2, e2];
    }
  }
  if (cat === undefined) {
    const len = w.length;
    if (w.charCodeAt(0) === 98 && w.startsWith('bitcoin')) cat = C_BTC;
    else if (len > 6 && (w.endsWith('gebühren') || w.endsWith('gebühr'))) cat = C_FEE;
    else if (len > 8 && endsInCost(w, len)) cat = TRANSACTION.test(w) ? C_FEE : C_COST_WORD;
    else if (SATS.has(w)) cat = C_HOLDING;
    else if (w === 'coin' || w === 'coins' || w === 'token') {
      const before = lower.slice(ps, pe);
      if (PER_COIN.has(before)) cat = C_PER_COIN;
      else if (numberBefore(s, pos)) cat = C_HOLDING;
      else if (before === 'the' || before === 'this') cat = C_CRYPTO;
      else return -1;
    } else if (len >= 5 && len <= 9) {
      // Glued pairs: BTCUSDT, XBTUSD, ETHUSDT.
      const head = w.slice(0, 3);
      const quote = QUOTES[w.slice(3)];
      if (quote && COIN_TICKERS.includes(head)) return add(out, pos, end, C_BTC, quote);
      if (!quote || !OTHER_TICKERS.includes(head)) return -1;
      cat = C_OTHER;
    } else return -1;
  }
  if (cat !== C_BTC) return add(out, pos, end, cat);
  // Pairs written with a slash or dash: BTC/USD, XBT-EUR.
  if (COIN_TICKERS.includes(w) && (lower[end] === '/' || lower[end] === '-')) {
    const q = wordAt(lower, end + 1);
    if (QUOTES[q]) return add(out, pos, end + 1 + q.length, C_BTC, QUOTES[q]);
  }
  const n = numberBefore(s, pos);
  const before = lower.slice(ps, pe);
  if (n === '1' || PER_COIN.has(before)) return add(out, pos, end, C_PER_COIN);
  if (n && !/^(19|20)\d\d$/.test(n)) return add(out, pos, end, C_HOLDING);
  return add(out, pos, end, C_BTC, '', HELD.has(before));
}

function add(out: Events, pos: number, end: number, cat: Cat, quote = '', held = false): number {
  out.push(pos, end, cat, quote, held);
  return end;
}

/** Keyword and boundary events of a text, in order. `lower` is `s` lowercased (same length). */
export function scanKeywords(s: string, lower: string): Events {
  if (!key) {
    if (!KEY) init();
    key = KEY;
    starts = STARTS;
  }
  // Room for one event per 16 characters, about what prose holds, so long texts rarely grow the
  // buffers (each growth copies them, and big buffers weigh on the garbage collector).
  const out = new Events((lower.length >> 4) + 16);
  let prevStart = 0;
  let prevEnd = -9;
  const n = lower.length;
  // Read once per call, not per character, for the same reason.
  const classOf = cls;
  // cls's cache read inline: a call per space and punctuation mark was a tenth of the scan.
  const table = CLS;
  const candidateAt = candidate;
  const cjk = cjkEvents;
  const verb = C_VERB;
  let i = 0;
  while (i < n) {
    const c0 = lower.charCodeAt(i);
    const k = table[c0] || classOf(c0);
    if (k === 5) {
      i++;
      continue;
    }
    if (k === 3 || k === 4) {
      const cat = k === 4 ? verb : boundary(s, i, lower[i]!);
      if (cat) out.push(i, i + 1, cat);
      i++;
      continue;
    }
    let j = i;
    let h = 0;
    for (; j < n; j++) {
      const c = lower.charCodeAt(j);
      if (c >= 97 && c <= 122 ? k !== 1 : (table[c] || classOf(c)) !== k) break;
      h = (Math.imul(h, 31) + c) | 0;
    }
    if (k === 2) {
      cjk(lower, i, j, out);
      prevEnd = -9;
      i = j;
      continue;
    }
    let hit = -1;
    const w = candidateAt(lower, i, j, h);
    if (w) {
      const near = i - prevEnd <= 2;
      hit = wordEvent(s, lower, w, i, near ? prevStart : 0, near ? prevEnd : 0, out);
    }
    prevStart = i;
    prevEnd = j;
    i = Math.max(j, hit);
  }
  return out;
}

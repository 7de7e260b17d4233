/**
 * One forward pass over the text collecting numbers with their currency marks and scale words (see
 * candidates.ts); bare numbers are kept only when they may be a range end next to a marked amount.
 */

import { groupedLevel, levelAfterNoun, levelAfterWord, levelInThousands } from './bare-levels';
import { DOLLAR_CODES, prefixCurrency, suffixCurrency } from './currencies';
import { type Events, widen } from './events';
import { localLevel } from './local-levels';
import { type Mark, parseAt, scanNumber, scannedMark } from './number-shape';
import type { WordAmount } from './number-words';
import { markHintAt } from './numbers';
import { fractionBefore } from './scale-groups';
import { readScale } from './scales';
import { C_BTC, C_SENTENCE } from './types';

/**
 * The numbers kept, in parallel arrays: one object per number lived through the whole scan, and
 * copying survivors was most of the garbage collector's time.
 */
export class Raws {
  n = 0;
  numStart: Int32Array;
  numEnd: Int32Array;
  start: Int32Array;
  end: Int32Array;
  mult: Float64Array;
  /** Added after scaling, for compound Japanese numbers (7万3000). */
  add: Float64Array;
  currency: (string | null)[] = [];
  /** Preceded by +, −, ▲, ▼: a change. */
  signed: boolean[] = [];
  /** The value of an amount written in words ("centomila euro"); 0 for numbers in digits. */
  fixed: number[] = [];

  constructor(capacity: number) {
    this.numStart = new Int32Array(capacity);
    this.numEnd = new Int32Array(capacity);
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.mult = new Float64Array(capacity);
    this.add = new Float64Array(capacity);
  }

  /** Write entry n (over a dropped one, if any) and return its index. */
  push(numStart: number, numEnd: number, start: number, end: number, mult: number, add: number): number {
    if (this.n === this.start.length) {
      const c = this.n * 2;
      this.numStart = widen(this.numStart, c);
      this.numEnd = widen(this.numEnd, c);
      this.start = widen(this.start, c);
      this.end = widen(this.end, c);
      this.mult = widen(this.mult, c);
      this.add = widen(this.add, c);
    }
    const k = this.n++;
    this.numStart[k] = numStart;
    this.numEnd[k] = numEnd;
    this.start[k] = start;
    this.end[k] = end;
    this.mult[k] = mult;
    this.add[k] = add;
    this.fixed[k] = 0;
    return k;
  }

  /** These numbers with amounts in words merged in, in text order; words inside a number are dropped. */
  withWords(words: WordAmount[]): Raws {
    const out = new Raws(this.n + words.length);
    let w = 0;
    for (let j = 0; j <= this.n; j++) {
      const limit = j < this.n ? this.start[j]! : Number.POSITIVE_INFINITY;
      for (; w < words.length && words[w]!.start < limit; w++) {
        const a = words[w]!;
        if (a.end > limit || (out.n && out.end[out.n - 1]! > a.start)) continue;
        const k = out.push(a.start, a.end, a.start, a.end, 1, 0);
        out.currency[k] = a.currency;
        out.signed[k] = false;
        out.fixed[k] = a.value;
      }
      if (j === this.n) break;
      const k = out.push(
        this.numStart[j]!,
        this.numEnd[j]!,
        this.start[j]!,
        this.end[j]!,
        this.mult[j]!,
        this.add[j]!,
      );
      out.currency[k] = this.currency[j]!;
      out.signed[k] = this.signed[j]!;
    }
    return out;
  }
}

const isHebrew = (c: number) => c >= 0x5d0 && c <= 0x5ea;
const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const SIGNS = '+-−▲▼↑↓';
const PAIR_GAP = /^[\s:=]{0,3}$/;
const DIGIT = /[0-9]/g;

/** `pairs` lists the events that are trading pairs; k.i is the last one ending by `at`. */
function pairQuote(s: string, ev: Events, pairs: number[], k: { i: number }, at: number): string | null {
  while (k.i + 1 < pairs.length && ev.end[pairs[k.i + 1]!]! <= at) k.i++;
  if (k.i < 0) return null;
  const p = pairs[k.i]!;
  const end = ev.end[p]!;
  return end <= at && PAIR_GAP.test(s.slice(end, at)) ? ev.quote(p) : null;
}

/** A bare number's value under its scale, commas grouping digits except in Indonesian ("1,5 juta"). */
const localValue = (s: string, from: number, to: number, mult: number, add: number, locale: string): number =>
  parseAt(s, from, to, locale.startsWith('id') ? ',' : '.') * mult + add;

export function collect(
  s: string,
  lower: string,
  events: Events,
  locale: string,
  votes: Record<Mark, number>,
  contextAboutBitcoin = false,
): Raws {
  // Read once per call, not per number: under the test runner's module wrapper each read of an
  // imported binding is a getter call.
  const scan = scanNumber;
  const hintAt = markHintAt;
  const prefix = prefixCurrency;
  const suffix = suffixCurrency;
  const scaleAt = readScale;
  const btc = C_BTC;
  const pairs: number[] = [];
  let aboutBitcoin = contextAboutBitcoin;
  for (let e = 0; e < events.n; e++) {
    if (events.cat[e] !== btc) continue;
    aboutBitcoin = true;
    if (events.quoteOf[e]) pairs.push(e);
  }
  const k = { i: -1 };
  // Where the last Bitcoin mention before `at` ends, if its sentence is the number's (else -1): a bare
  // level after a level's word needs one (levelAfterWord). `ev` only moves forward, as the numbers do.
  let ev = 0;
  let lastBtc = -1;
  let lastBreak = -1;
  const btcInSentence = (at: number): number => {
    for (; ev < events.n && events.pos[ev]! < at; ev++) {
      if (events.cat[ev] === btc) lastBtc = events.end[ev]!;
      else if (events.cat[ev] === C_SENTENCE) lastBreak = events.pos[ev]!;
    }
    return lastBtc > lastBreak && at - lastBtc <= 160 ? lastBtc : -1;
  };
  // Room for one number per 64 characters, about what prose holds; grows by doubling past that.
  const out = new Raws((s.length >> 6) + 16);
  let lastEnd = 0;
  // The currency of the last marked amount: a bare level after "16.172,30 Euro" is in euros.
  let lastCurrency = 'USD';
  // Its number and scale: a bare level grouped in thousands must be of its size (groupedLevel).
  let peerStart = -1;
  let peerEnd = -1;
  let peerMult = 1;
  const n = s.length;
  // Bare numbers at out's end kept only if they turn out to be range or list ends: a run of them
  // ("90,000、85,000與80,000美元") stays when a marked amount follows the last one closely.
  let bareRun = 0;
  // Where the last entry kept for good ends: a bare number right after it is a list's next end.
  let keptEnd = -1;
  for (let i = 0; i < n; i++) {
    // The regex engine skips text faster than a char loop; test() builds no match object.
    DIGIT.lastIndex = i;
    if (!DIGIT.test(s)) break;
    i = DIGIT.lastIndex - 1;
    const numEnd = scan(s, i);
    if (numEnd - i > 2 && scannedMark) {
      const hint = hintAt(s, i, numEnd);
      if (hint) votes[hint]++;
    }
    const next = i;
    i = numEnd - 1;
    if (s[numEnd] === '%' || (s[numEnd] === ' ' && s[numEnd + 1] === '%')) continue;
    let pre = prefix(s, next);
    if (pre && pre.at < lastEnd) pre = null;
    if (!pre && isAsciiLetter(s.charCodeAt(next - 1))) continue;
    const scale = scaleAt(lower, numEnd, locale);
    const afterScale = scale ? scale.end : numEnd;
    const suf = suffix(s, lower, afterScale, !!scale, locale);
    // "$2,300 CAD": a dollar code after the amount says whose dollar the bare '$' before it is.
    const bareDollar = pre !== null && s[pre.at] === '$' && !!suf && DOLLAR_CODES.has(suf.currency);
    const currency =
      (bareDollar ? suf.currency : pre?.currency) ??
      suf?.currency ??
      pairQuote(s, events, pairs, k, next) ??
      (!aboutBitcoin
        ? null
        : scale
          ? levelInThousands(s, next, numEnd, scale.mult, scale.end)
            ? lastCurrency
            : localLevel(
                lower,
                localValue(s, next, numEnd, scale.mult, scale.add, locale),
                numEnd,
                scale.end,
                locale,
              )
          : levelAfterNoun(s, lower, next, numEnd) ||
              groupedLevel(s, next, numEnd, peerStart, peerEnd, peerMult) ||
              levelAfterWord(s, lower, next, numEnd, btcInSentence(next))
            ? lastCurrency
            : null);
    // "ساڑھے 8 لاکھ روپے" is 8.5 lakh (ur-business-link-international-com.ts in the dev split).
    const more = scale && !pre ? fractionBefore(lower, next) : null;
    const start = more ? more.at : pre ? pre.at : next;
    const end = suf ? suf.at : currency || scale ? afterScale : numEnd;
    // Bare numbers are kept only when they may be ends of a range or list with a marked amount.
    if (bareRun) {
      const close = next - out.end[out.n - 1]! <= 16;
      if (currency && close) bareRun = 0;
      else if (currency || !close || bareRun >= 4) {
        out.n -= bareRun;
        bareRun = 0;
      }
    }
    const last = out.n - 1;
    if (!currency && !(bareRun === 0 && last >= 0 && out.end[last] === keptEnd && next - keptEnd <= 10))
      bareRun++;
    const add = (scale?.add ?? 0) + (more && scale ? more.more * scale.mult : 0);
    const r = out.push(next, numEnd, start, end, (scale?.mult ?? 1) * (suf?.mult ?? 1), add);
    out.currency[r] = currency;
    // Hebrew joins its prefix letters to a number with a hyphen: "ל-65,000" is "to 65,000".
    out.signed[r] = start > 0 && SIGNS.includes(s[start - 1]!) && !isHebrew(s.charCodeAt(start - 2));
    if (currency) {
      lastEnd = end;
      lastCurrency = currency;
      peerStart = next;
      peerEnd = numEnd;
      peerMult = (scale?.mult ?? 1) * (suf?.mult ?? 1);
    }
    if (currency || bareRun === 0) keptEnd = end;
    i = Math.max(i, end - 1);
  }
  out.n -= bareRun;
  return out;
}

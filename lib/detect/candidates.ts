/**
 * One forward pass over the text finding currency amounts: a number with a currency sign or word
 * before or after it (and its scale word), a bare number right after a Bitcoin pair (BTC/USD 70,123.45),
 * or a bare range end next to a marked one ("60.000 und 65.000 Dollar", "$58,000-62,000").
 */

import { Amounts } from './amounts';
import { collect, type Raws } from './collect';
import type { Events } from './events';
import { isDigit, type Mark, parseAt, parsedAlt } from './number-shape';
import { findWordAmounts } from './number-words';
import { localeMark } from './numbers';
import { FROM_BEFORE, HEDGES, RANGE, TO_WORDS } from './range-words';

/** The words or dashes between two numbers, lowercased, if they form a range connector; else null. */
function rangeGap(s: string, from: number, to: number): string | null {
  if (to - from > 16 || to < from) return null;
  const gap = s.slice(from, to).trim().toLowerCase();
  // " bis auf " is nine characters: a long range word may have its spaces too.
  if (RANGE.has(gap)) return to - from > Math.max(8, gap.length + 2) ? null : gap;
  // "z poziomu 28 do zaledwie 25 tys. dolarów", "from 60 to about 65 thousand dollars".
  const space = gap.indexOf(' ');
  const head = gap.slice(0, space);
  return space > 0 && RANGE.has(head) && HEDGES.has(gap.slice(space + 1)) ? head : null;
}
/** Whether bare number j, under `pv`'s end across `gap`, is where a move "from" it started, within 60×. */
const fromEnd = (s: string, r: Raws, j: number, v: number, pv: number, gap: string): boolean =>
  v < pv &&
  v > pv / 60 &&
  TO_WORDS.has(gap) &&
  FROM_BEFORE.test(s.slice(Math.max(0, r.start[j]! - 14), r.start[j]!));
const isRange = (s: string, from: number, to: number): boolean => rangeGap(s, from, to) !== null;

const DASH_GAP = /^\s?[-–—~〜～]\s?$/;
/**
 * The scale the first end of a dashed range borrows from the second: "$60-65k" is $60,000 to $65,000,
 * "74-75.000 dolar" 74,000 to 75,000 (a reader never takes "74" for dollars there). Only when the end
 * alone is under a hundredth of the other and, scaled, within a factor of two of it; else 1.
 */
function firstEndScale(s: string, r: Raws, j: number, v: number, pv: number, pMult: number): number {
  if (r.mult[j] !== 1) return 1;
  // A scale word on the far end carries over any range word ("۱۰۸ تا ۱۱۰ هزار دلار", "32 och 35
  // tusen"); a bare thousands guess only over a dash.
  const dash = DASH_GAP.test(s.slice(r.end[j]!, r.start[j + 1]!));
  if (!dash && !(pMult > 1 && isRange(s, r.end[j]!, r.start[j + 1]!))) return 1;
  const m = pMult > 1 ? pMult : pv >= 1e4 && r.numEnd[j]! - r.numStart[j]! <= 3 ? 1e3 : 1;
  return m > 1 && v < pv / 100 && v * m >= pv / 2 && v * m <= pv * 2 ? m : 1;
}

/** Value of number j under `mark` and multiplier; the other reading of its separator goes to ALT. */
function value(s: string, r: Raws, j: number, mark: Mark, mult = r.mult[j]!): number {
  if (r.fixed[j]) {
    ALT = r.fixed[j]!;
    return ALT;
  }
  const v = parseAt(s, r.numStart[j]!, r.numEnd[j]!, mark);
  ALT = parsedAlt * mult + r.add[j]!;
  return v * mult + r.add[j]!;
}
let ALT = Number.NaN;

/**
 * Every currency amount in `s`, in order, with values read under the page's decimal mark.
 * `aboutBitcoin`: the block's context (heading, title) names Bitcoin first, so bare levels count there too.
 */
export function findAmounts(
  s: string,
  lower: string,
  events: Events,
  locale: string | undefined,
  aboutBitcoin = false,
): Amounts {
  const votes: Record<Mark, number> = { '.': 0, ',': 0 };
  const digits = collect(s, lower, events, (locale ?? '').toLowerCase(), votes, aboutBitcoin);
  const words = findWordAmounts(s, lower);
  const raws = words.length ? digits.withWords(words) : digits;
  const hi: Mark = votes['.'] >= votes[','] ? '.' : ',';
  const lo: Mark = hi === '.' ? ',' : '.';
  const docMark = votes[hi] >= 2 && votes[hi] >= 2 * votes[lo] ? hi : null;
  const locMark = localeMark(locale);
  const out = new Amounts(raws.n + 1);
  const cur = raws.currency;
  const markOf = (j: number): Mark =>
    docMark ?? locMark ?? (cur[j] === 'EUR' || cur[j] === 'BRL' ? ',' : '.');
  // Values are read lazily, once each: unboxed in typed arrays rather than an object per number.
  const n = raws.n;
  const memoV = new Float64Array(n);
  const memoA = new Float64Array(n);
  const done = new Uint8Array(n);
  const val = (j: number): number => {
    if (!done[j]) {
      memoV[j] = value(s, raws, j, markOf(j));
      memoA[j] = ALT;
      done[j] = 1;
    }
    return memoV[j]!;
  };
  // A bare range or list end takes its neighbour's currency (and scale, "$60-65k"), if magnitudes
  // agree or it is where a move "from" it started (fromEnd); along a list ("90,000、85,000與80,000美元")
  // from one end to the next, the later end first.
  const eff: (string | null)[] = cur.slice(0, n);
  const effMult = raws.mult.slice(0, n);
  const effV = new Float64Array(n);
  const effA = new Float64Array(n);
  const partner = new Int32Array(n).fill(-1);
  const adopt = (j: number, p: number): void => {
    if (eff[j] || !eff[p]) return;
    const gap = p > j ? rangeGap(s, raws.end[j]!, raws.start[p]!) : rangeGap(s, raws.end[p]!, raws.start[j]!);
    if (gap === null) return;
    // "800 dólares en 2017": after an amount with its currency, "en" is "in"; Dutch lists ("6.000 en
    // 7.000 dollar") put the currency after the last end (tests/unit/detect/formats.test.ts).
    if (p < j && gap === 'en') return;
    let pv = cur[p] ? val(p) : effV[p]!;
    let v = val(j);
    let alt = memoA[j]!;
    let mult = raws.mult[j]!;
    // "$1.2–1.5 million": the marked near end is read with the far end's scale (the loop below does).
    if (p === j - 1 && mult > 1 && cur[p]) pv *= firstEndScale(s, raws, p, pv, v, mult);
    const borrowed = p === j + 1 ? firstEndScale(s, raws, j, v, pv, effMult[p]!) : 1;
    if (borrowed > 1 || (mult === 1 && effMult[p]! > 1)) {
      mult = borrowed > 1 ? borrowed : effMult[p]!;
      v = value(s, raws, j, markOf(j), mult);
      alt = ALT;
    }
    if (!(v > pv / 3.5 && v < pv * 3.5) && !(p === j + 1 && fromEnd(s, raws, j, v, pv, gap))) return;
    eff[j] = eff[p]!;
    effMult[j] = mult;
    effV[j] = v;
    effA[j] = alt;
    partner[j] = p;
  };
  for (let j = n - 2; j >= 0; j--) adopt(j, j + 1);
  for (let j = 1; j < n; j++) adopt(j, j - 1);
  for (let j = 0; j < n; j++) {
    const currency = eff[j];
    if (!currency) continue;
    let v = effV[j]!;
    let alt = effA[j]!;
    let rangeOf = -1;
    if (!cur[j]) rangeOf = partner[j] === j - 1 ? out.n - 1 : out.n + 1;
    else {
      v = val(j);
      alt = memoA[j]!;
      const p = j + 1;
      const borrowed =
        p < n && eff[p] === currency
          ? firstEndScale(s, raws, j, v, cur[p] ? val(p) : effV[p]!, effMult[p]!)
          : 1;
      if (borrowed > 1) {
        v = value(s, raws, j, markOf(j), borrowed);
        alt = ALT;
      }
      if (
        j > 0 &&
        eff[j - 1] &&
        out.n &&
        out.end[out.n - 1] === raws.end[j - 1] &&
        isRange(s, raws.end[j - 1]!, raws.start[j]!)
      )
        rangeOf = out.n - 1;
    }
    if (!Number.isFinite(v)) continue;
    // "26,000-28,000달러": a dash glued to the number before it joins a range; it is no minus.
    const dashAfterNumber =
      j > 0 && raws.end[j - 1] === raws.start[j]! - 1 && isDigit(s.charCodeAt(raws.numEnd[j - 1]! - 1));
    const signed = raws.signed[j]! && rangeOf < 0 && !dashAfterNumber;
    // "-5 USD", "−5 USD": a minus is part of the value (arrows and plus signs only say it is a move).
    const minus = signed && (s[raws.start[j]! - 1] === '-' || s[raws.start[j]! - 1] === '−') ? -1 : 1;
    out.push(raws.start[j]!, raws.end[j]!, currency, minus * v, minus * alt, raws.mult[j]!, signed, rangeOf);
  }
  const range = out.rangeOf;
  for (let i = 0; i < out.n; i++) {
    const b = range[i]!;
    if (b >= 0 && b < out.n && range[b]! < 0) range[b] = i;
  }
  return out;
}

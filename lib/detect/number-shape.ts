/**
 * Number shapes: scanning a digit run with group separators in one forward pass, and reading it
 * under a decimal mark ('.' or ','), e.g. 70,000 / 70.000 / 70 000 / 70'000 / 6,96,136.31.
 * The per-character work lives in this one module so that hot loops make no cross-module calls.
 */

export type Mark = '.' | ',';

const MAX_GROUPS = 8; // bounds re-scanning of adversarial "1,1,1,1,..." runs
const MAX_DIGITS = 15;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Thin spaces, no-break spaces and apostrophes group thousands but never mark decimals. */
export const isGroupOnly = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
const isSep = (c: number): boolean => c === 44 || c === 46 || isGroupOnly(c);

/** Whether the last scanNumber crossed a '.' or ','; saves a second pass over digit-only numbers. */
export let scannedMark = false;

/**
 * ", " then three digits groups thousands after one or two digits: machine-translated pages write
 * "$ 1, 983" and "8, 500 ডলার" (tests/unit/detect/real/dev: hi-icotokenfund-com.ts). A longer head
 * is a list ("100, 150 and 200 dollars"), and so is a run that goes on ("1, 200, 300"); only the first
 * group may be one ("8,000,000, 000" stays apart).
 */
function commaSpaceGroup(s: string, at: number, head: number): boolean {
  if (head > 2) return false;
  for (let k = at + 2; k < at + 5; k++) if (!isDigit(s.charCodeAt(k))) return false;
  const after = s.charCodeAt(at + 5);
  if (isDigit(after)) return false;
  const next = s.charCodeAt(at + 6);
  return !(after === 44 && (isDigit(next) || (next === 32 && isDigit(s.charCodeAt(at + 7)))));
}

/** End index of the number starting at digit position i. */
export function scanNumber(s: string, i: number): number {
  scannedMark = false;
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  const first = j - i;
  for (let g = 0; g < MAX_GROUPS; g++) {
    const c = s.charCodeAt(j);
    if (!isSep(c)) break;
    if (c === 44 && s.charCodeAt(j + 1) === 32) {
      if (g > 0 || !commaSpaceGroup(s, j, first)) break;
      scannedMark = true;
      j += 5;
      continue;
    }
    let k = j + 1;
    while (isDigit(s.charCodeAt(k))) k++;
    const len = k - j - 1;
    if (len === 0) break;
    // A space or apostrophe only groups: exactly three digits after, at most three before.
    if (isGroupOnly(c) && (len !== 3 || first > 3 || isDigit(s.charCodeAt(k)))) break;
    if (c === 44 || c === 46) scannedMark = true;
    j = k;
  }
  return j;
}

/**
 * The shape of s[from, to), split at its separators into module-level scratch arrays instead of
 * fresh arrays and strings per number. Group k is s[GS[k], GS[k] + GL[k]); separator k follows it
 * (32 for a space-like group separator, else its char code). Returns the number of separators.
 */
export const GS: number[] = [];
export const GL: number[] = [];
export const SEP: number[] = [];
export function split(s: string, from: number, to: number): number {
  // Written by index, never truncated: setting length to 0 would free the arrays' storage each call.
  let n = 0;
  let start = from;
  for (let i = from; i < to; i++) {
    const c = s.charCodeAt(i);
    if (isDigit(c)) continue;
    GS[n] = start;
    GL[n] = i - start;
    // ", " groups thousands (scanNumber's commaSpaceGroup): one separator, as a space.
    const commaSpace = c === 44 && s.charCodeAt(i + 1) === 32;
    SEP[n++] = isGroupOnly(c) || commaSpace ? 32 : c;
    if (commaSpace) i++;
    start = i + 1;
  }
  GS[n] = start;
  GL[n] = to - start;
  return n;
}

/** Thousands groups 0..n-1: 1-3 digits then threes, or Indian 1-2 digits, twos, and a final three. */
export function validGroups(n: number): boolean {
  const head = GL[0]!;
  if (head < 1 || head > 3 || GL[n - 1] !== 3) return false;
  let threes = true;
  let indian = head <= 2;
  for (let i = 1; i < n - 1; i++) {
    const l = GL[i]!;
    if (l !== 3) threes = false;
    if (l !== 2) indian = false;
  }
  return threes || indian;
}

/** The digits of groups 0..n-1 read as one integer; NaN beyond MAX_DIGITS (exact below 2^53). */
function digits(s: string, n: number): number {
  let v = 0;
  let len = 0;
  for (let k = 0; k < n; k++) {
    len += GL[k]!;
    for (let i = GS[k]!, e = i + GL[k]!; i < e; i++) v = v * 10 + s.charCodeAt(i) - 48;
  }
  return len > MAX_DIGITS || len === 0 ? (len ? Number.NaN : 0) : v;
}
const grouped = (s: string, n: number): number => (validGroups(n) ? digits(s, n) : Number.NaN);
/** Group k as the digits after a decimal point ("0.049"); Number() keeps it correctly rounded. */
const frac = (s: string, k: number): number => Number(`0.${s.slice(GS[k], GS[k]! + GL[k]!)}`);

/** `alt` of the last parseAt call: read by the caller right after, so no object per number. */
export let parsedAlt = Number.NaN;

/**
 * Read the scanned number s[from, to). Returns the value under `mark` when the shape is ambiguous
 * ("1.234") and sets `parsedAlt` to the other reading (NaN when unambiguous). Invalid shapes give NaN.
 */
export function parseAt(s: string, from: number, to: number, mark: Mark): number {
  parsedAlt = Number.NaN;
  const n = split(s, from, to);
  if (n === 0) return digits(s, 1);
  const last = SEP[n - 1]!;
  let punct = 0;
  let lastCount = 0;
  let kinds = 0; // bit 1: '.', bit 2: ','
  for (let k = 0; k < n; k++) {
    const c = SEP[k]!;
    if (c === 32) continue;
    punct++;
    if (c === last) lastCount++;
    kinds |= c === 46 ? 1 : 2;
  }
  if (punct === 0) return grouped(s, n + 1);
  // Last separator differs from the others, or is a single mark after space groups: it is the decimal mark.
  if (last !== 32 && lastCount === 1 && (kinds === 3 || n > 1)) {
    const intVal = n > 1 ? grouped(s, n) : digits(s, 1);
    return Number.isNaN(intVal) ? intVal : intVal + frac(s, n);
  }
  if (kinds === 3) return Number.NaN;
  if (n > 1) {
    // "2.967.48 dólares", "19,783,21 dollari": groups of three, then two digits, are cents after a
    // mistyped mark (es-economiavirtual-com-py.ts in the dev split).
    if (GL[n] === 2 && validGroups(n)) return digits(s, n) + frac(s, n);
    return grouped(s, n + 1);
  }
  // A single '.' or ',' between two digit groups.
  const head = GL[0]!;
  const tail = GL[1]!;
  const asDecimal =
    head > MAX_DIGITS ? Number.NaN : Number(`${s.slice(from, from + head)}.${s.slice(GS[1], to)}`);
  if (tail !== 3 || (head === 1 && s.charCodeAt(from) === 48) || head > 3) return asDecimal;
  const asGroup = digits(s, 2);
  if ((last === 46 ? '.' : ',') === mark) {
    parsedAlt = asGroup;
    return asDecimal;
  }
  parsedAlt = asDecimal;
  return asGroup;
}

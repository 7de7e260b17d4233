/** Small character helpers shared by the scanners. */

export const isSpace = (c: number): boolean => c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009;

const BOUND = '.!?。！？\n;,，、()（）|–—•₿،؛؟';
const LETTER = /[\p{L}\p{M}]/u;
/** cls's cache, 0 where not yet computed: hot loops read `CLS[c] || cls(c)` (context-words.ts). */
export const CLS = new Uint8Array(65536);

/** Thai letters, vowel signs and digits (U+0E01–U+0E5B). */
export const isThai = (c: number): boolean => c >= 0xe01 && c <= 0xe5b;

/** Character class, cached: 1 letter, 2 kana/kanji/hangul/Thai, 3 boundary, 4 '@' '=' '≈', 5 anything else. */
export function cls(c: number): number {
  let k = CLS[c]!;
  if (k) return k;
  const ch = String.fromCharCode(c);
  if (
    c === 0x3005 ||
    // Thai writes no spaces between words either: its keywords are found inside runs, as CJK ones are.
    isThai(c) ||
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x3400 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff)
  )
    k = 2;
  else if (BOUND.includes(ch)) k = 3;
  else if (ch === '@' || ch === '=' || ch === '≈') k = 4;
  else k = (c < 0xd800 || c > 0xdfff) && LETTER.test(ch) ? 1 : 5;
  CLS[c] = k;
  return k;
}

/** The run of letters (outside kana/kanji) starting exactly at i in `lower`, or ''. */
export function wordAt(lower: string, i: number): string {
  let j = i;
  while (j < lower.length && cls(lower.charCodeAt(j)) === 1) j++;
  return j > i ? lower.slice(i, j) : '';
}

/** The run of letters (outside kana/kanji) ending exactly at `end` in `s`, or ''. */
export function wordEndingAt(s: string, end: number): string {
  let j = end;
  while (j > 0 && cls(s.charCodeAt(j - 1)) === 1) j--;
  return s.slice(j, end);
}

const ARABIC_DIGITS = /[\u0660-\u066c\u06f0-\u06f9\u09e6-\u09ef]|\d\u060c\d/;

/** Where the digits 0–9 start in the scripts read as ASCII: Arabic-Indic, Persian, Bengali. */
const DIGIT_ZEROS = [0x660, 0x6f0, 0x9e6];

/** The ASCII digit for code unit c in any of those scripts or ASCII itself, or -1. */
function digitOf(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  for (const zero of DIGIT_ZEROS) if (c >= zero && c <= zero + 9) return c - zero;
  return -1;
}

/**
 * Arabic-Indic, Persian and Bengali digits as ASCII, "٬" as ',' and "٫" as '.': one code unit each, so
 * offsets stay valid ("٧٠٬١٢٠ دولار" reads as "70,120 دولار", "৬৫ হাজার ডলার" as "65 হাজার ডলার").
 */
export function asciiDigits(s: string): string {
  if (!ARABIC_DIGITS.test(s)) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const d = c > 57 ? digitOf(c) : -1;
    if (d >= 0) out += String.fromCharCode(48 + d);
    else if (c === 0x66c) out += ',';
    else if (c === 0x66b) out += '.';
    // "3،224 دولارًا": the Arabic comma between digits groups them.
    else if (c === 0x60c && digitOf(s.charCodeAt(i - 1)) >= 0 && digitOf(s.charCodeAt(i + 1)) >= 0)
      out += ',';
    else out += s[i];
  }
  return out;
}

/** Lowercase without changing length, so offsets stay valid (İ lowercases to two code units). */
export function lowerSameLength(s: string): string {
  const l = s.toLowerCase();
  if (l.length === s.length) return l;
  // İ is the one letter whose lowercase is longer: keep it, lowercase the rest natively.
  const kept = s
    .split('İ')
    .map((part) => part.toLowerCase())
    .join('İ');
  if (kept.length === s.length) return kept;
  let out = '';
  for (const ch of s) {
    const c = ch.toLowerCase();
    out += c.length === ch.length ? c : ch;
  }
  return out;
}

/** A lookup table with no prototype: page text such as "BTC/constructor" must not find Object's members. */
export const table = <T>(entries: Record<string, T>): Record<string, T> =>
  Object.assign(Object.create(null) as Record<string, T>, entries);

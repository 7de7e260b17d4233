/**
 * Scale words after a number: $70k, $1.2M, 1,1 Mrd., 100 mil, 2 300 milliards, ₹58 लाख, 7万3000ドル.
 */

import { isDigit, scanNumber } from './numbers';
import { isSpace, table, wordAt } from './text';

/** Letters glued to the number ("70k", "1.2bn"). */
const GLUED: Record<string, number> = table({
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  bn: 1e9,
  mn: 1e6,
  tn: 1e12,
  mm: 1e6,
});

/** Words that may follow after one space; a trailing '.' is part of abbreviations. */
const WORDS: Record<string, number> = table({});
const add = (mult: number, words: string) => {
  for (const w of words.split(' ')) WORDS[w] = mult;
};
add(1e3, 'thousand tsd tausend mille mila mil हजार हज़ार');
add(1e5, 'lakh lakhs lac लाख');
add(1e6, 'million millions mio mln millionen millón millones milhão milhões milione milioni मिलियन');
add(1e7, 'crore crores cr करोड़ करोड');
add(
  1e9,
  'billion billions bn mrd md mds mld milliarde milliarden milliard milliards bilhão bilhões miliardo miliardi बिलियन अरब',
);
add(
  1e12,
  'trillion trillions bio billionen billón billones trilhão trilhões trilione trilioni bilião biliões ट्रिलियन',
);
const ABBREV = new Set(['tsd', 'mio', 'mrd', 'bio', 'mln', 'mld', 'md', 'cr']);

const CJK: Record<string, number> = table({ 千: 1e3, 万: 1e4, 萬: 1e4, 億: 1e8, 兆: 1e12 });

export interface Scale {
  mult: number;
  /** Added after scaling, for compound Japanese numbers (7万3000 = 7×1e4 + 3000). */
  add: number;
  end: number;
}

/** Parse a scale after position i (just past the digits), or null. */
export function readScale(lower: string, i: number, locale: string): Scale | null {
  const ch = lower[i] ?? '';
  const cjk = CJK[ch];
  if (cjk) return readCjk(lower, i, cjk);
  const c = lower.charCodeAt(i);
  if (c < 128 && !(c >= 97 && c <= 122) && c !== 32) return null;
  const glued = wordAt(lower, i);
  if (glued) {
    const mult = GLUED[glued] ?? WORDS[glued];
    return mult ? finish(lower, i, glued, mult, locale) : null;
  }
  if (!isSpace(lower.charCodeAt(i))) return null;
  const w = wordAt(lower, i + 1);
  const mult = WORDS[w];
  return w && mult ? finish(lower, i + 1, w, mult, locale) : null;
}

function finish(lower: string, at: number, w: string, mult0: number, locale: string): Scale {
  let end = at + w.length;
  let mult = mult0;
  if (ABBREV.has(w) && lower[end] === '.') end++;
  // German and French "Billion" is 10^12.
  if ((w === 'billion' || w === 'billions') && /^(de|fr|it|es|pt-pt)/.test(locale)) mult = 1e12;
  // "mil millones" / "mil milhões" is 10^9.
  if (w === 'mil' && isSpace(lower.charCodeAt(end))) {
    const next = wordAt(lower, end + 1);
    if (WORDS[next] === 1e6) {
      mult = 1e9;
      end += 1 + next.length;
    }
  }
  return { mult, add: 0, end };
}

function readCjk(lower: string, i: number, mult: number): Scale {
  let end = i + 1;
  let add = 0;
  // 7万3000 or 1兆3000億: digits and an optional smaller unit follow.
  if (isDigit(lower.charCodeAt(end))) {
    const e = scanNumber(lower, end);
    const n = Number(lower.slice(end, e).replace(/[,\s]/g, ''));
    const sub = CJK[lower[e] ?? ''];
    if (sub && sub < mult) {
      add = n * sub;
      end = e + 1;
    } else if (!sub && Number.isFinite(n) && n < mult) {
      add = n;
      end = e;
    }
  }
  return { mult, add, end };
}

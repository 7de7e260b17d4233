/** The words and numbers around a keyword: the next word of a phrase, the number before a coin. */

import { isDigit } from './number-shape';
import { wordAt } from './text';

/** The word following position i after at most two joiners (space, hyphen, apostrophe, &, /). */
export function nextWord(lower: string, i: number): [string, number] {
  let j = i;
  // U+200C joins the parts of Persian compounds: "بیت‌کوین".
  while (j < i + 2 && " -’'&/\u00a0\u200c".includes(lower[j] ?? 'x')) j++;
  if (j === i) return ['', i];
  const w = wordAt(lower, j);
  return w ? [w, j + w.length] : ['', i];
}

/** The number written right before position i ("0.5 BTC", "12,000 bitcoin", "1BTC"), or ''. */
export function numberBefore(s: string, i: number): string {
  let j = i;
  while (j > i - 3 && (s[j - 1] === ' ' || s[j - 1] === '-' || s[j - 1] === '\u00a0')) j--;
  let k = j;
  while (k > j - 24 && (isDigit(s.charCodeAt(k - 1)) || s[k - 1] === ',' || s[k - 1] === '.')) k--;
  const n = s.slice(k, j);
  return isDigit(n.charCodeAt(0)) && isDigit(s.charCodeAt(j - 1)) ? n : '';
}

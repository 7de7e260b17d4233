/**
 * A number's next group after its scale word (stage 2, lib/detect/README.md): "102 bin 24 dolar",
 * "63 mil 996 dólares", "৬৮ হাজার ১৬১ ডলারে", "3 тысяч 500 долларов": Turkish, Spanish, Bengali, Urdu,
 * Russian and Arabic write the hundreds after the thousands (Arabic after "و", glued or spaced: "16 ألفا
 * و666 دولارا"), and "1 millón 400 mil pesos" the thousands after the millions (formats.test.ts).
 */

import { isDigit, scanNumber } from './number-shape';
import { isSpace, wordAt } from './text';

/** A currency word after such a compound's last group: "… 996 dólares", not "R$ 350 mil 500 pessoas". */
const MONEY_AFTER =
  /^\s(?:[$€₺]|usd\b|eur\b|try\b|d[oóò]lar|peso|real|reais|euro|lira|tl\b|mil\b|тыс|bin\b|ডলার|টাকা|ڈالر|روپے|دولار|долл|долар|руб|грив)/;
/** Thousands the hundreds may follow (and "тысяч…"). */
const HUNDREDS_AFTER = new Set(['bin', 'mil', 'হাজার', 'ہزار', 'ألف', 'ألفا', 'آلاف']);

/** The near end of a range written the same way: "66 bin 400-67 bin 800 dolar". */
function rangeNext(lower: string, e: number, w: string): boolean {
  const d = lower[e] === '-' || lower[e] === '–' ? scanNumber(lower, e + 1) : e;
  return d > e + 1 && isSpace(lower.charCodeAt(d)) && wordAt(lower, d + 1) === w;
}

/**
 * The scale `w` (worth `mult`, ending at `end`) with the group after it added, or null when none
 * follows. `scaleOf` gives a word's scale ("mil" after a million's group).
 * @example groupAfter('63 mil 996 dólares', 6, 'mil', 1e3, scaleOf) // { mult: 1000, add: 996, end: 10 }
 */
export function groupAfter(
  lower: string,
  end: number,
  w: string,
  mult: number,
  scaleOf: (word: string) => number | undefined,
): { mult: number; add: number; end: number } | null {
  const arabic = w[0] === 'أ' || w[0] === 'آ';
  const joined = arabic && lower[end + 1] === 'و' ? (isSpace(lower.charCodeAt(end + 2)) ? 2 : 1) : 0;
  const from = end + 1 + joined;
  if (!(HUNDREDS_AFTER.has(w) || w.startsWith('тыся') || mult === 1e6)) return null;
  if (!isSpace(lower.charCodeAt(end)) || !isDigit(lower.charCodeAt(from))) return null;
  const e = scanNumber(lower, from);
  const n = Number(lower.slice(from, e));
  if (e - from > 3 || n >= 1000) return null;
  if (!((isSpace(lower.charCodeAt(e)) && MONEY_AFTER.test(lower.slice(e, e + 12))) || rangeNext(lower, e, w)))
    return null;
  if (mult !== 1e6) return { mult, add: n, end: e };
  const next = wordAt(lower, e + 1);
  return scaleOf(next) === 1e3 ? { mult, add: n * 1e3, end: e + 1 + next.length } : null;
}

/**
 * A number's next group after its scale word (stage 2, lib/detect/README.md): "102 bin 24 dolar",
 * "63 mil 996 dólares", "৬৮ হাজার ১৬১ ডলারে", "3 тысяч 500 долларов": Turkish, Spanish, Bengali, Urdu,
 * Russian and Arabic write the hundreds after the thousands (Arabic after "و", glued or spaced: "16 ألفا
 * و666 دولارا"), "1 millón 400 mil pesos" the thousands after the millions, and Hindi, Urdu and Bengali
 * the lakhs after the crores and the thousands after the lakhs: "1 करोड़ 65 लाख", "15 لاکھ 26 ہزار281
 * روپے", "২৩ লাখ ৮০ হাজার টাকা" (formats.test.ts).
 */

import { isDigit, scanNumber } from './number-shape';
import { NUMBER_WORDS } from './number-word-table';
import { isSpace, wordAt } from './text';

/** A currency word after such a compound's last group: "… 996 dólares", not "R$ 350 mil 500 pessoas". */
const MONEY_AFTER =
  /^\s(?:[$€₺]|usd\b|eur\b|try\b|d[oóò]lar|peso|real|reais|euro|lira|tl\b|mil\b|тыс|bin\b|ডলার|টাকা|ڈالر|روپے|रुप|डॉलर|डालर|دولار|долл|долар|руб|грив)/;
/** A currency word right after position `e` (one space between). */
const moneyAfter = (lower: string, e: number) =>
  isSpace(lower.charCodeAt(e)) && MONEY_AFTER.test(lower.slice(e, e + 12));

/** Thousands the hundreds may follow (and "тысяч…"). */
const HUNDREDS_AFTER = new Set([
  'bin',
  'mil',
  'হাজার',
  'ہزار',
  'हजार',
  'हज़ार',
  'тыс',
  'тис',
  'ألف',
  'ألفا',
  'آلاف',
]);

/** The near end of a range written the same way: "66 bin 400-67 bin 800 dolar". */
function rangeNext(lower: string, e: number, w: string): boolean {
  const d = lower[e] === '-' || lower[e] === '–' ? scanNumber(lower, e + 1) : e;
  return d > e + 1 && isSpace(lower.charCodeAt(d)) && wordAt(lower, d + 1) === w;
}

/** Lakhs and thousands after a crore or a lakh, each group under a hundred ("6 lakh 80 thousand"). */
function fallingGroups(
  lower: string,
  end: number,
  mult: number,
  scaleOf: (word: string) => number | undefined,
) {
  let add = 0;
  let smallest = mult;
  let at = end;
  for (;;) {
    const from = at + (isSpace(lower.charCodeAt(at)) ? 1 : 0);
    if (!isDigit(lower.charCodeAt(from))) break;
    const e = scanNumber(lower, from);
    const n = Number(lower.slice(from, e));
    const next = wordAt(lower, e + 1);
    const scale = isSpace(lower.charCodeAt(e)) && next ? scaleOf(next) : undefined;
    if (scale && (scale === 1e5 || scale === 1e3) && scale < smallest && n >= 1 && n < 100) {
      add += n * scale;
      smallest = scale;
      at = e + 1 + next.length;
    } else {
      // Hundreds last ("26 ہزار281 روپے"), before the currency's word.
      if (smallest === 1e3 && n < 1000 && moneyAfter(lower, e)) return { mult, add: add + n, end: e };
      break;
    }
  }
  return add ? { mult, add, end: at } : null;
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
  if (mult === 1e7 || mult === 1e5) return fallingGroups(lower, end, mult, scaleOf);
  if (!(HUNDREDS_AFTER.has(w) || w.startsWith('тыся') || mult === 1e6)) return null;
  if (!isSpace(lower.charCodeAt(end)) || !isDigit(lower.charCodeAt(from))) return null;
  const e = scanNumber(lower, from);
  const n = Number(lower.slice(from, e));
  if (e - from > 3 || n >= 1000) return null;
  if (!(moneyAfter(lower, e) || rangeNext(lower, e, w))) return null;
  if (mult !== 1e6) return { mult, add: n, end: e };
  const next = wordAt(lower, e + 1);
  return scaleOf(next) === 1e3 ? { mult, add: n * 1e3, end: e + 1 + next.length } : null;
}

/** "ساڑھے"/"साढ़े" add a half of the scale, "سوا"/"सवा" a quarter: number-word-table.ts's negative values. */
let MORE_BEFORE: Map<string, number> | undefined;

/**
 * Where such a word stands one space before the number at `at`, and the fraction of the scale it adds.
 * @example fractionBefore('ساڑھے 8 لاکھ روپے', 6) // { at: 0, more: 0.5 }
 */
export function fractionBefore(lower: string, at: number): { at: number; more: number } | null {
  if (lower[at - 1] !== ' ') return null;
  let b = at - 1;
  while (b > 0 && lower.charCodeAt(b - 1) > 0x600 && !isSpace(lower.charCodeAt(b - 1))) b--;
  MORE_BEFORE ??= new Map(
    NUMBER_WORDS.filter(([v]) => v < 0).flatMap(([v, words]) =>
      words.split(' ').map((w) => [w, -v] as const),
    ),
  );
  const more = MORE_BEFORE.get(lower.slice(b, at - 1));
  return more ? { at: b, more } : null;
}

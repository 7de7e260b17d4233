/**
 * Reading numbers as whole strings, the decimal mark a number's shape proves, and the mark a
 * locale writes. Scanning and reading by index live in number-shape.ts.
 */

import { GL, type Mark, SEP, split, validGroups } from './number-shape';

export { isDigit, type Mark, parseAt, parsedAlt, scanNumber, scannedMark } from './number-shape';

/** The decimal mark the shape of s[from, to) proves, if any ("2,5" → ',', "1,234,567" → '.'). */
export function markHintAt(s: string, from: number, to: number): Mark | null {
  const n = split(s, from, to);
  let punct = 0;
  let kinds = 0;
  let last = 0;
  for (let k = 0; k < n; k++) {
    const c = SEP[k]!;
    if (c === 32) continue;
    punct++;
    last = c;
    kinds |= c === 46 ? 1 : 2;
  }
  if (punct === 0) return null;
  const lastMark: Mark = last === 46 ? '.' : ',';
  if (kinds === 3) return lastMark;
  if (punct > 1) return validGroups(n + 1) ? (last === 46 ? ',' : '.') : null;
  return GL[n] === 3 ? null : lastMark;
}

const COMMA_LANGS = new Set(
  'de fr es pt it nl ru tr pl id sv da nb nn no fi cs sk uk ro el vi hr sr bs sl bg hu mk lt lv et'.split(
    ' ',
  ),
);
const DOT_REGIONS = new Set(['es-mx', 'es-us', 'es-419', 'es-pr', 'de-ch', 'it-ch']);

/** Decimal mark a locale writes, or null when unknown. */
export function localeMark(locale: string | undefined): Mark | null {
  if (!locale) return null;
  const l = locale.toLowerCase().replace('_', '-');
  if (DOT_REGIONS.has(l)) return '.';
  return COMMA_LANGS.has(l.slice(0, 2)) ? ',' : '.';
}

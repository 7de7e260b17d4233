/**
 * Number shapes: scanning a digit run with group separators in one forward pass,
 * and reading it under a decimal mark ('.' or ','), e.g. 70,000 / 70.000 / 70 000 / 70'000 / 6,96,136.31.
 */

export type Mark = '.' | ',';

const MAX_GROUPS = 8; // bounds re-scanning of adversarial "1,1,1,1,..." runs
const MAX_DIGITS = 15;

export const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** Thin spaces, no-break spaces and apostrophes group thousands but never mark decimals. */
const isGroupOnly = (c: number): boolean =>
  c === 32 || c === 0xa0 || c === 0x202f || c === 0x2009 || c === 39 || c === 0x2019;
const isSep = (c: number): boolean => c === 44 || c === 46 || isGroupOnly(c);

/** End index of the number starting at digit position i. */
export function scanNumber(s: string, i: number): number {
  let j = i;
  while (isDigit(s.charCodeAt(j))) j++;
  const first = j - i;
  for (let g = 0; g < MAX_GROUPS; g++) {
    const c = s.charCodeAt(j);
    if (!isSep(c)) break;
    let k = j + 1;
    while (isDigit(s.charCodeAt(k))) k++;
    const len = k - j - 1;
    if (len === 0) break;
    // A space or apostrophe only groups: exactly three digits after, at most three before.
    if (isGroupOnly(c) && (len !== 3 || first > 3 || isDigit(s.charCodeAt(k)))) break;
    j = k;
  }
  return j;
}

function split(raw: string): { groups: string[]; seps: string[] } {
  const groups: string[] = [];
  const seps: string[] = [];
  let cur = '';
  for (const ch of raw) {
    if (ch >= '0' && ch <= '9') cur += ch;
    else {
      groups.push(cur);
      seps.push(isGroupOnly(ch.charCodeAt(0)) ? ' ' : ch);
      cur = '';
    }
  }
  groups.push(cur);
  return { groups, seps };
}

/** Thousands groups: 1-3 digits then threes, or Indian 1-2 digits, twos, and a final three. */
function validGroups(groups: string[]): boolean {
  const n = groups.length;
  const head = groups[0]!.length;
  if (head < 1 || head > 3 || groups[n - 1]!.length !== 3) return false;
  let threes = true;
  let indian = head <= 2;
  for (let i = 1; i < n - 1; i++) {
    const l = groups[i]!.length;
    if (l !== 3) threes = false;
    if (l !== 2) indian = false;
  }
  return threes || indian;
}

const num = (intPart: string, frac: string): number =>
  intPart.length > MAX_DIGITS ? Number.NaN : Number(`${intPart || '0'}.${frac || '0'}`);

/**
 * Read a scanned number. `value` follows `mark` when the shape is ambiguous ("1.234"),
 * `alt` is the other reading (NaN when the shape is unambiguous). Invalid shapes give NaN.
 */
export function parseNumber(raw: string, mark: Mark): { value: number; alt: number } {
  const { groups, seps } = split(raw);
  const n = seps.length;
  if (n === 0) return { value: num(raw, ''), alt: Number.NaN };
  const last = seps[n - 1]!;
  const lastGroup = groups[n]!;
  const punct = seps.filter((x) => x !== ' ');
  const kinds = new Set(punct);
  const grouped = (gs: string[]) => (validGroups(gs) ? num(gs.join(''), '') : Number.NaN);
  if (punct.length === 0) return { value: grouped(groups), alt: Number.NaN };
  // Last separator differs from the others, or is a single mark after space groups: it is the decimal mark.
  const lastIsOnly = punct.filter((x) => x === last).length === 1;
  if (last !== ' ' && lastIsOnly && (kinds.size === 2 || n > 1)) {
    const intGroups = groups.slice(0, n);
    const intVal = intGroups.length > 1 ? grouped(intGroups) : num(intGroups[0]!, '');
    return { value: Number.isNaN(intVal) ? intVal : intVal + num('0', lastGroup), alt: Number.NaN };
  }
  if (kinds.size > 1) return { value: Number.NaN, alt: Number.NaN };
  if (n > 1) return { value: grouped(groups), alt: Number.NaN };
  // A single '.' or ',' between two digit groups.
  const head = groups[0]!;
  const asDecimal = num(head, lastGroup);
  if (lastGroup.length !== 3 || head === '0' || head.length > 3) return { value: asDecimal, alt: Number.NaN };
  const asGroup = num(head + lastGroup, '');
  return last === mark ? { value: asDecimal, alt: asGroup } : { value: asGroup, alt: asDecimal };
}

/** The decimal mark a number's shape proves, if any ("2,5" → ',', "1,234,567" → '.'). */
export function markHint(raw: string): Mark | null {
  const { groups, seps } = split(raw);
  const punct = seps.filter((x) => x !== ' ');
  if (punct.length === 0) return null;
  const last = punct[punct.length - 1] as Mark;
  const other: Mark = last === '.' ? ',' : '.';
  if (new Set(punct).size === 2) return last;
  if (punct.length > 1) return validGroups(groups) ? other : null;
  const after = groups[groups.length - 1]!.length;
  return after === 3 ? null : last;
}

const COMMA_LANGS = new Set([
  'de',
  'fr',
  'es',
  'pt',
  'it',
  'nl',
  'ru',
  'tr',
  'pl',
  'id',
  'sv',
  'da',
  'nb',
  'fi',
  'cs',
]);
const DOT_REGIONS = new Set(['es-mx', 'es-us', 'es-419', 'es-pr', 'de-ch', 'it-ch']);

/** Decimal mark a locale writes, or null when unknown. */
export function localeMark(locale: string | undefined): Mark | null {
  if (!locale) return null;
  const l = locale.toLowerCase().replace('_', '-');
  if (DOT_REGIONS.has(l)) return '.';
  return COMMA_LANGS.has(l.slice(0, 2)) ? ',' : '.';
}

/**
 * Chinese, Japanese and Korean scale units after a number (stage 2, lib/detect/README.md): 6.8万美元,
 * 7万3000ドル, 1억 3000만 원, 5천27만5천원, 新台幣 1 億 4,104 萬元 (formats.test.ts).
 */

import { isDigit, scanNumber } from './number-shape';
import { isSpace, table } from './text';

export const CJK: Record<string, number> = table({
  千: 1e3,
  万: 1e4,
  萬: 1e4,
  億: 1e8,
  亿: 1e8,
  兆: 1e12,
  천: 1e3,
  만: 1e4,
  억: 1e8,
  조: 1e12,
});

interface Group {
  /** The group's worth: "5천800만" is 58,000,000. */
  value: number;
  /** Its unit, the smallest the next group may go below. */
  unit: number;
  end: number;
}

/**
 * The group of `n` (digits ending at `e`) under a unit smaller than `below`, or null: "3000万", "2천만"
 * and "5천800만" (thousands of ten-thousands), "4,104 萬" (a space before the unit, when `spaced`), and
 * "20多万" ("twenty-odd" ten-thousands, read as twenty).
 */
function groupAt(lower: string, n: number, e: number, below: number, spaced: boolean): Group | null {
  let at = e + (lower[e] === '多' || (spaced && isSpace(lower.charCodeAt(e))) ? 1 : 0);
  const unit = CJK[lower[at] ?? ''];
  if (!unit || unit >= below) return null;
  at++;
  // A thousands group inside a ten-thousands one: "2천만", "5천800만".
  let inner = 0;
  let innerEnd = at;
  if (unit === 1e3 && isDigit(lower.charCodeAt(at))) {
    innerEnd = scanNumber(lower, at);
    inner = Number(lower.slice(at, innerEnd));
  }
  const times = CJK[lower[innerEnd] ?? ''];
  if (times && times > unit && times < below && inner < unit)
    return { value: (n * unit + inner) * times, unit: times, end: innerEnd + 1 };
  return { value: n * unit, unit, end: at };
}

/** The units from `i` (one at `i`, worth `mult0`) with the digit groups that follow, falling. */
export function readCjk(lower: string, i: number, mult0: number, spacedUnit = false) {
  let end = i + 1;
  let mult = mult0;
  let add = 0;
  let smallest = mult0;
  const hangul = lower.charCodeAt(i) >= 0xac00;
  const spacedGroups = hangul || spacedUnit;
  // 7万3000, 1兆3000億, 1억 3000만 원, 1179만 8933원, 5천27만5천원: digit groups with falling units follow
  // (Korean may space them, and "5천27만" is 5027만).
  for (let step = 0; step < 4; step++) {
    // "5천만원": a bigger unit right after a smaller one multiplies it.
    const next = CJK[lower[end] ?? ''];
    if (hangul && next && next > mult) {
      mult *= next;
      add *= next;
      smallest = next;
      end++;
      continue;
    }
    const spaced = spacedGroups && isSpace(lower.charCodeAt(end)) ? 1 : 0;
    const from = end + spaced;
    if (!isDigit(lower.charCodeAt(from))) break;
    const e = scanNumber(lower, from);
    const n = Number(lower.slice(from, e).replace(/[,\s]/g, ''));
    if (!Number.isFinite(n)) break;
    const group = groupAt(lower, n, e, smallest, spacedUnit);
    const unit = CJK[lower[e] ?? ''];
    if (group) {
      add += group.value;
      smallest = group.unit;
      end = group.end;
    } else if (unit && hangul && unit > mult && n < unit) {
      add = (add + n) * unit;
      mult *= unit;
      smallest = unit;
      end = e + 1;
    } else if (!unit && n < smallest) {
      add += n;
      end = e;
      break;
    } else break;
  }
  return { mult, add, end };
}

/**
 * One forward pass over the text finding currency amounts: a number with a currency sign or word
 * before or after it (and its scale word), a bare number right after a Bitcoin pair (BTC/USD 70,123.45),
 * or a bare range end next to a marked one ("60.000 und 65.000 Dollar", "$58,000-62,000").
 */

import { collect, type Raw } from './collect';
import { localeMark, type Mark, parseNumber } from './numbers';
import type { Amount, Ev } from './types';

/** What may stand between the two ends of a range. */
const RANGE = new Set([
  '-',
  '–',
  '—',
  '~',
  '〜',
  '～',
  'to',
  'and',
  'bis',
  'und',
  'à',
  'et',
  'a',
  'y',
  'e',
  'al',
  'até',
  'から',
  'से',
]);
/** The words or dashes between two numbers, if they form a range connector. */
function isRange(s: string, from: number, to: number): boolean {
  if (to - from > 8 || to < from) return false;
  const gap = s.slice(from, to).trim().toLowerCase();
  return RANGE.has(gap);
}

const value = (r: Raw, mark: Mark, mult = r.mult) => {
  const { value: v, alt } = parseNumber(r.raw, mark);
  return { v: v * mult + r.add, alt: alt * mult + r.add };
};

/** Every currency amount in `s`, in order, with values read under the page's decimal mark. */
export function findAmounts(s: string, lower: string, events: Ev[], locale: string | undefined): Amount[] {
  const votes: Record<Mark, number> = { '.': 0, ',': 0 };
  const raws = collect(s, lower, events, (locale ?? '').toLowerCase(), votes);
  const hi: Mark = votes['.'] >= votes[','] ? '.' : ',';
  const lo: Mark = hi === '.' ? ',' : '.';
  const docMark = votes[hi] >= 2 && votes[hi] >= 2 * votes[lo] ? hi : null;
  const locMark = localeMark(locale);
  const out: Amount[] = [];
  const markOf = (r: Raw): Mark =>
    docMark ?? locMark ?? (r.currency === 'EUR' || r.currency === 'BRL' ? ',' : '.');
  const memo: ({ v: number; alt: number } | undefined)[] = [];
  const val = (j: number) => {
    let m = memo[j];
    if (!m) memo[j] = m = value(raws[j]!, markOf(raws[j]!));
    return m;
  };
  for (let j = 0; j < raws.length; j++) {
    const r = raws[j]!;
    let currency = r.currency;
    const prev = raws[j - 1];
    const next = raws[j + 1];
    if (!currency && !prev?.currency && !next?.currency) continue;
    let { v, alt } = val(j);
    let rangeOf = -1;
    if (!currency) {
      // A bare range end takes its partner's currency (and scale, "$60-65k"), if magnitudes agree.
      const partner =
        next?.currency && isRange(s, r.numEnd, next.start)
          ? next
          : prev?.currency && isRange(s, prev.end, r.start)
            ? prev
            : null;
      if (!partner) continue;
      const pv = val(partner === prev ? j - 1 : j + 1).v;
      if (r.mult === 1 && partner.mult > 1) ({ v, alt } = value(r, markOf(r), partner.mult));
      if (!(v > pv / 3.5 && v < pv * 3.5)) continue;
      currency = partner.currency;
      rangeOf = partner === prev ? out.length - 1 : out.length + 1;
    } else if (
      prev?.currency &&
      out.length &&
      out[out.length - 1]!.end === prev.end &&
      isRange(s, prev.end, r.start)
    ) {
      rangeOf = out.length - 1;
    }
    if (!Number.isFinite(v)) continue;
    out.push({
      start: r.start,
      end: r.end,
      currency: currency!,
      value: v,
      alt,
      scale: r.mult,
      signed: r.signed && rangeOf < 0,
      rangeOf,
    });
  }
  out.forEach((a, i) => {
    const b = out[a.rangeOf];
    if (b && b.rangeOf < 0) b.rangeOf = i;
  });
  return out;
}

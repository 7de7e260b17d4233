/**
 * One forward pass over the text finding currency amounts: a number with a currency sign or word
 * before or after it (and its scale word), a bare number right after a Bitcoin pair (BTC/USD 70,123.45),
 * or a bare range end next to a marked one ("60.000 und 65.000 Dollar", "$58,000-62,000").
 */

import { prefixCurrency, suffixCurrency } from './currencies';
import { localeMark, type Mark, markHint, parseNumber, scanNumber } from './numbers';
import { readScale } from './scales';
import { type Amount, Cat, type Ev } from './types';

interface Raw {
  numStart: number;
  numEnd: number;
  start: number;
  end: number;
  raw: string;
  mult: number;
  add: number;
  currency: string | null;
  signed: boolean;
}

const isAsciiLetter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const SIGNS = '+-−▲▼↑↓';
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
const PAIR_GAP = /^[\s:=]{0,3}$/;

function pairQuote(s: string, pairs: Ev[], k: { i: number }, at: number): string | null {
  while (k.i + 1 < pairs.length && pairs[k.i + 1]!.end <= at) k.i++;
  const p = pairs[k.i];
  return p && p.end <= at && PAIR_GAP.test(s.slice(p.end, at)) ? p.quote : null;
}

function collect(s: string, lower: string, events: Ev[], locale: string, votes: Record<Mark, number>): Raw[] {
  const pairs = events.filter((e) => e.cat === Cat.Btc && e.quote !== '');
  const k = { i: -1 };
  const out: Raw[] = [];
  let lastEnd = 0;
  const n = s.length;
  const DIGIT = /[0-9]/g;
  let bare: Raw | null = null;
  for (let i = 0; i < n; i++) {
    DIGIT.lastIndex = i;
    const found = DIGIT.exec(s);
    if (!found) break;
    i = found.index;
    const numEnd = scanNumber(s, i);
    const raw = s.slice(i, numEnd);
    if (numEnd - i > 2 && (raw.includes(',') || raw.includes('.'))) {
      const hint = markHint(raw);
      if (hint) votes[hint]++;
    }
    const next = i;
    i = numEnd - 1;
    if (s[numEnd] === '%' || (s[numEnd] === ' ' && s[numEnd + 1] === '%')) continue;
    let pre = prefixCurrency(s, next);
    if (pre && pre.at < lastEnd) pre = null;
    if (!pre && isAsciiLetter(s.charCodeAt(next - 1))) continue;
    const scale = readScale(lower, numEnd, locale);
    const afterScale = scale ? scale.end : numEnd;
    const suf = suffixCurrency(s, lower, afterScale, !!scale);
    const currency = pre?.currency ?? suf?.currency ?? pairQuote(s, pairs, k, next);
    const start = pre ? pre.at : next;
    const end = suf ? suf.at : currency || scale ? afterScale : numEnd;
    const signed = SIGNS.includes(s[start - 1] ?? ' ') && start > 0;
    const r: Raw = {
      numStart: next,
      numEnd,
      start,
      end,
      raw,
      mult: scale?.mult ?? 1,
      add: scale?.add ?? 0,
      currency,
      signed,
    };
    // Bare numbers are kept only when they may be the other end of a range next to a marked amount.
    const last = out[out.length - 1];
    if (currency) {
      if (bare && bare.end > lastEnd && next - bare.end <= 10 && last !== bare) out.push(bare);
      out.push(r);
      lastEnd = end;
      bare = null;
    } else {
      if (last?.currency && last.end === lastEnd && next - last.end <= 10) out.push(r);
      bare = r;
    }
    i = Math.max(i, end - 1);
  }
  return out;
}

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

/**
 * One forward pass over the text collecting numbers with their currency marks and scale words (see
 * candidates.ts); bare numbers are kept only when they may be a range end next to a marked amount.
 */

import { prefixCurrency, suffixCurrency } from './currencies';
import { type Mark, markHint, scanNumber } from './numbers';
import { readScale } from './scales';
import { C_BTC, type Ev } from './types';

export interface Raw {
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
const PAIR_GAP = /^[\s:=]{0,3}$/;

function pairQuote(s: string, pairs: Ev[], k: { i: number }, at: number): string | null {
  while (k.i + 1 < pairs.length && pairs[k.i + 1]!.end <= at) k.i++;
  const p = pairs[k.i];
  return p && p.end <= at && PAIR_GAP.test(s.slice(p.end, at)) ? p.quote : null;
}

export function collect(
  s: string,
  lower: string,
  events: Ev[],
  locale: string,
  votes: Record<Mark, number>,
): Raw[] {
  const pairs = events.filter((e) => e.cat === C_BTC && e.quote !== '');
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

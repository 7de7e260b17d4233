/**
 * Part of stage 5 (features.ts): a price is read against the spot of the year named next to it. "started
 * 2017 trading near $974" is far below today's spot and a believable 2017 price; "$100,000 invested in
 * 2013" is neither, whatever today's spot says (docs/detector-passes.md, nineteenth pass).
 */

const FIRST_YEAR = 2010;
/** Bitcoin's lowest and highest USD price in each year from 2010 to 2025, rounded outward. */
const LOW = [0.003, 0.3, 4, 13, 300, 150, 350, 750, 3100, 3300, 3800, 28000, 15400, 16400, 38000, 74000];
const HIGH = [
  0.4, 32, 16.5, 1250, 1000, 505, 1000, 20000, 17300, 14000, 29500, 69000, 48300, 44800, 108500, 126500,
];
/** Room either side of a year's range: quotes differ by venue, and "about 2017" is loose. */
const SLACK = 1.5;

/** A year from 2010 to 2029 standing alone. */
const YEAR = /(?<![0-9])20([12][0-9])(?![0-9])/g;
/** Whether a text names such a year at all: one test per call spares a search per amount. */
export const ANY_YEAR = /(?<![0-9])20[12][0-9](?![0-9])/;

/** The first year `text` names (a row label "2013", a path "/2015/01/14/"), or 0. */
export function firstYear(text = ''): number {
  YEAR.lastIndex = 0;
  const m = YEAR.exec(text);
  return m ? 2000 + Number(m[1]) : 0;
}

const BREAK = /[;!?。\n]|\.\s/;

/** The year named nearest to s[start, end) within its window (200 characters back, 120 on), or 0. */
export function nearestYear(s: string, start: number, end: number): number {
  const from = Math.max(0, start - 200);
  const window = s.slice(from, end + 120);
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(window); m; m = YEAR.exec(window)) {
    const at = from + m.index;
    if (at + 4 > start && at < end) continue;
    // A year across a clause or sentence break from the amount is further than it looks.
    const between = at < start ? s.slice(at + 4, start) : s.slice(end, at);
    const distance = (at < start ? start - at - 4 : at - end) + (BREAK.test(between) ? 100 : 0);
    if (distance < bestDistance) {
      bestDistance = distance;
      best = 2000 + Number(m[1]);
    }
  }
  return best;
}

/**
 * How `usd` sits in `year`'s range: 0 when the year says nothing (none, before 2010, or from 2026, when
 * today's spot is the measure), 1 within it, 2 outside it.
 * @example yearFit(974, 2017) // 1
 */
export function yearFit(usd: number, year: number): number {
  const k = year - FIRST_YEAR;
  if (!(usd > 0) || k < 0 || k >= LOW.length) return 0;
  return usd >= LOW[k]! / SLACK && usd <= HIGH[k]! * SLACK ? 1 : 2;
}

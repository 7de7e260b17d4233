/**
 * A ticker rewrites a price many times a second, changing only its digits, and the sign of the change
 * beside it ("+1.2%" to "-0.4%"). When a block's new text has the same shape as last time (every
 * character equal but digits, and signs outside the prices; context and numbers unchanged), its prices
 * sit at the same places in the same formats: each value scales by the ratio of its new digits to its
 * old ones, and the detector need not run again (bench: order book at 20 Hz). Without the signs, a
 * ticker that flips its sign every tick, answered a tick late each time, never got its badge
 * (tests/e2e/overlay-budget.spec.ts, "live ticker").
 */
import type { BadgeData } from './badge-data';
import type { DetectedPrice } from './types';

export interface Detection {
  text: string;
  context: string;
  /** The view-model the detection was made with (spot and rates steer it). */
  data: BadgeData;
  matches: DetectedPrice[];
}

const DIGIT = /\d/;
const SIGN = /[-+\u2212]/;
const digitsOf = (text: string): string => text.replace(/\D/g, '');

/** Whether `a` and `b` differ only in which digits (and, if `signs`, which signs) they hold. */
function sameShape(a: string, b: string, signs: boolean): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i]!;
    const y = b[i]!;
    if (x !== y && !(DIGIT.test(x) && DIGIT.test(y)) && !(signs && SIGN.test(x) && SIGN.test(y)))
      return false;
  }
  return true;
}

/**
 * The matches of `last` carried over to `text`, or null when the text changed in more than its digits.
 * @example redetect({ text: '$70,123', matches: [m], ... }, '$70,456') // m with value 70456
 */
export function redetect(last: Detection, text: string): DetectedPrice[] | null {
  if (text === last.text) return last.matches;
  if (!sameShape(last.text, text, true)) return null;
  const out: DetectedPrice[] = [];
  for (const match of last.matches) {
    // A sign in or right before a price makes it a move, not a level: only the detector may say so.
    const from = Math.max(0, match.start - 2);
    if (!sameShape(last.text.slice(from, match.end), text.slice(from, match.end), false)) return null;
    const old = last.text.slice(match.start, match.end);
    const now = text.slice(match.start, match.end);
    const before = Number(digitsOf(old));
    const after = Number(digitsOf(now));
    if (!(before > 0) || !Number.isFinite(after)) return null;
    const ratio = after / before;
    out.push({
      ...match,
      text: now,
      value: match.value * ratio,
      usd: match.usd === null ? null : match.usd * ratio,
    });
  }
  return out;
}

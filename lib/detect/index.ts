/**
 * Hashfloor's price detector: finds currency amounts in plain text and tells the price of one
 * bitcoin (`btc_price`) and the cost of mining one (`btc_cost`) from every other amount.
 * Pure and DOM-free; linear in the length of the text.
 */

import { findAmounts } from './candidates';
import { classify } from './classify';
import { scanKeywords } from './keywords';
import { lowerSameLength } from './text';
import {
  type Amount,
  C_AMOUNT,
  C_BTC,
  C_OTHER,
  C_PER_COIN,
  type DetectOptions,
  type Ev,
  ev,
  type PriceMatch,
} from './types';

export type { DetectOptions, PriceKind, PriceMatch } from './types';

/** Keyword events and amounts merged in text order; keywords inside an amount's span are dropped. */
function merge(events: Ev[], amounts: Amount[]): { all: Ev[]; at: number[] } {
  const all: Ev[] = [];
  const at: number[] = [];
  let k = 0;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    while (k < events.length && events[k]!.pos < a.start) all.push(events[k++]!);
    while (k < events.length && events[k]!.pos < a.end) k++;
    at.push(all.length);
    all.push(ev(a.start, a.end, C_AMOUNT, '', false, i));
  }
  while (k < events.length) all.push(events[k++]!);
  return { all, at };
}

function contextTopic(context: string | undefined): 'btc' | 'other' | null {
  if (!context) return null;
  for (const e of scanKeywords(context, lowerSameLength(context))) {
    if (e.cat === C_BTC || e.cat === C_PER_COIN) return 'btc';
    if (e.cat === C_OTHER) return 'other';
  }
  return null;
}

export function detectPrices(text: string, options: DetectOptions = {}): PriceMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const lower = lowerSameLength(text);
  const events = scanKeywords(text, lower);
  const amounts = findAmounts(text, lower, events, options.locale);
  const { all, at } = merge(events, amounts);
  const topic = contextTopic(options.context);
  const out: PriceMatch[] = [];
  const usdPer = options.usdPer;
  for (let i = 0; i < amounts.length; i++) {
    const a = amounts[i]!;
    const c = classify(lower, a, all, at[i]!, options, topic);
    const rate = a.currency === 'USD' ? 1 : usdPer?.[a.currency];
    // Both ends of a range are the same kind of amount.
    const o = a.rangeOf < i ? out[a.rangeOf] : undefined;
    out.push({
      start: a.start,
      end: a.end,
      text: text.slice(a.start, a.end),
      kind: o && o.kind !== 'other' ? o.kind : c.kind,
      currency: a.currency,
      value: c.value,
      usd: rate ? c.value * rate : null,
      confidence: Math.round(c.confidence * 100) / 100,
    });
  }
  return out;
}

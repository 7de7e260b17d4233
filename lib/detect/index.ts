/**
 * Hashfloor's price detector: finds currency amounts in plain text and tells the price of one
 * bitcoin (`btc_price`) and the cost of mining one (`btc_cost`) from every other amount.
 * Pure and DOM-free; linear in the length of the text.
 */

import type { Amounts } from './amounts';
import { findAmounts } from './candidates';
import { classify } from './classify';
import { Events } from './events';
import { scanKeywords } from './keywords';
import { lowerSameLength } from './text';
import { C_AMOUNT, C_BTC, C_OTHER, C_PER_COIN, type DetectOptions, type PriceMatch } from './types';

export type { DetectOptions, PriceKind, PriceMatch } from './types';

const HAS_DIGIT = /[0-9]/;

/** Keyword events and amounts merged in text order; keywords inside an amount's span are dropped. */
function merge(events: Events, amounts: Amounts): { all: Events; at: Int32Array } {
  const all = new Events(events.n + amounts.n);
  const at = new Int32Array(amounts.n);
  const n = events.n;
  let k = 0;
  for (let i = 0; i < amounts.n; i++) {
    const start = amounts.start[i]!;
    const end = amounts.end[i]!;
    while (k < n && events.pos[k]! < start) all.copy(events, k++);
    while (k < n && events.pos[k]! < end) k++;
    at[i] = all.n;
    all.push(start, end, C_AMOUNT);
  }
  while (k < n) all.copy(events, k++);
  return { all, at };
}

function contextTopic(context: string | undefined): 'btc' | 'other' | null {
  if (!context) return null;
  const ev = scanKeywords(context, lowerSameLength(context));
  for (let e = 0; e < ev.n; e++) {
    const cat = ev.cat[e];
    if (cat === C_BTC || cat === C_PER_COIN) return 'btc';
    if (cat === C_OTHER) return 'other';
  }
  return null;
}

export function detectPrices(text: string, options: DetectOptions = {}): PriceMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  // Every amount has an ASCII digit: most page text has none and needs no keyword scan.
  if (!HAS_DIGIT.test(text)) return [];
  const lower = lowerSameLength(text);
  const events = scanKeywords(text, lower);
  const amounts = findAmounts(text, lower, events, options.locale);
  const { all, at } = merge(events, amounts);
  const topic = contextTopic(options.context);
  const out: PriceMatch[] = [];
  const usdPer = options.usdPer;
  for (let i = 0; i < amounts.n; i++) {
    const c = classify(lower, amounts, i, all, at[i]!, options, topic);
    const currency = amounts.currency[i]!;
    const rate = currency === 'USD' ? 1 : usdPer?.[currency];
    // Both ends of a range are the same kind of amount.
    const r = amounts.rangeOf[i]!;
    const o = r >= 0 && r < i ? out[r] : undefined;
    const start = amounts.start[i]!;
    const end = amounts.end[i]!;
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kind: o && o.kind !== 'other' ? o.kind : c.kind,
      currency,
      value: c.value,
      usd: rate ? c.value * rate : null,
      confidence: Math.round(c.confidence * 100) / 100,
    });
  }
  return out;
}

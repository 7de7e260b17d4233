/**
 * Hashfloor's price detector: finds currency amounts in plain text and tells the price of one
 * bitcoin (`btc_price`) and the cost of mining one (`btc_cost`) from every other amount.
 * Pure and DOM-free; linear in the length of the text.
 */

import { AMOUNT_HINT } from './amount-hint';
import type { Amounts } from './amounts';
import { readBreakEvens } from './break-even';
import { findAmounts } from './candidates';
import { cellCurrency, isBareCell } from './cells';
import { classify } from './classify';
import { markCoinVerbs } from './coin-verbs';
import { markCostNouns } from './cost-nouns';
import { Events } from './events';
import { scanKeywords } from './keywords';
import { shareListKinds } from './lists';
import { readMarketPrices } from './market-price';
import { readModelSums } from './model-sums';
import { findWordAmounts } from './number-words';
import { approxUsd } from './plausibility';
import { markProducedCoins } from './produced-coin';
import { readPurchasePrices } from './purchase-price';
import { catBits, YEAR_DIGITS, yearsIn } from './sentence';
import { has, type Surround } from './surround';
import { asciiDigits, lowerSameLength } from './text';
import { C_AMOUNT, C_BTC, C_CRYPTO, C_OTHER, C_PER_COIN, type DetectOptions, type PriceMatch } from './types';
import type { Verdict } from './walks';
import { ANY_YEAR, firstYear } from './year-prices';

export { AMOUNT_HINT } from './amount-hint';
export type { DetectOptions, PriceKind, PriceMatch } from './types';

const HAS_DIGIT = /[0-9]/;

/** Keyword events and amounts merged in text order; keywords inside an amount's span are dropped. */
function merge(events: Events, amounts: Amounts): { all: Events; at: Int32Array } {
  const all = new Events(events.n + amounts.n);
  const at = new Int32Array(amounts.n);
  const n = events.n;
  // Read once, not per amount (see resolveAnaphora).
  const amount = C_AMOUNT;
  let k = 0;
  for (let i = 0; i < amounts.n; i++) {
    const start = amounts.start[i]!;
    const end = amounts.end[i]!;
    while (k < n && events.pos[k]! < start) all.copy(events, k++);
    while (k < n && events.pos[k]! < end) k++;
    at[i] = all.n;
    all.push(start, end, amount);
  }
  while (k < n) all.copy(events, k++);
  return { all, at };
}

interface ContextRead {
  topic: Verdict;
  /** Keyword categories of the near context (heading, column header, row label) and of the page (title, host). */
  near: number;
  page: number;
  /** A part of the near context is a lone quantity of coins other than one: "0.9 BTC" labelling a row. */
  quantity: boolean;
  /** The years the context names: title, headings, a row label such as "2013" (yearsIn bits). */
  years: number;
}
const NO_CONTEXT: ContextRead = { topic: null, near: 0, page: 0, quantity: false, years: 0 };
// A conversion table's row label ("0.9 BTC", "10 Bitcoin"); one coin's row holds the price.
const QUANTITY_LABEL = /^\s*(?!1(?![\d.,]))(?:\d+(?:[.,]\d+)?|0?[.,]\d+)\s*(?:btc|xbt|bitcoins?)\s*$/i;

/**
 * The first asset the context names, and its keyword categories. The overlay ends the context with
 * "title · host" (lib/overlay/context.ts): a cost word in a column header says more than one in the title.
 */
function readContext(context: string | undefined): ContextRead {
  if (!context) return NO_CONTEXT;
  // The overlay passes the same context for block after block (one title, one heading): read it once.
  if (context === lastContext) return lastRead;
  lastContext = context;
  lastRead = readContextFresh(context);
  return lastRead;
}
let lastContext = '';
let lastRead = NO_CONTEXT;

function readContextFresh(context: string): ContextRead {
  const parts = context.split(' · ');
  const page = parts.length >= 2 ? parts.slice(-2).join(' · ') : '';
  const near = parts.length >= 2 ? parts.slice(0, -2).join(' · ') : context;
  const nearEv = scanKeywords(near, lowerSameLength(near));
  const pageEv = scanKeywords(page, lowerSameLength(page));
  return {
    topic: firstAsset(nearEv) ?? firstAsset(pageEv),
    near: catBits(nearEv, 0, nearEv.n),
    page: catBits(pageEv, 0, pageEv.n),
    quantity: parts.slice(0, -2).some((part) => QUANTITY_LABEL.test(part)),
    years: yearBits(context),
  };
}

/** The years a context or URL path names ("/markets/2015/01/14/…"), as `yearsIn` bits. */
const yearBits = (text = ''): number => (YEAR_DIGITS.test(text) ? yearsIn(text) : 0);

function firstAsset(ev: Events): Verdict {
  for (let e = 0; e < ev.n; e++) {
    const cat = ev.cat[e];
    if (cat === C_BTC || cat === C_PER_COIN) return 'btc';
    if (cat === C_OTHER) return 'other';
  }
  return null;
}

/** "The cryptocurrency", "la criptomoneda" mean Bitcoin when the passage is about it, except the second-largest. */
function resolveAnaphora(lower: string, events: Events, aboutBitcoin: boolean): void {
  // Read once, not per event: under the test runner's module wrapper each read of an imported binding
  // is a getter call (the bundle inlines the number anyway).
  const crypto = C_CRYPTO;
  for (let e = 0; e < events.n; e++) {
    if (events.cat[e] !== crypto) continue;
    const before = lower.slice(Math.max(0, events.pos[e]! - 16), events.pos[e]);
    events.cat[e] = aboutBitcoin && !SECOND_LARGEST.test(before) ? C_BTC : C_CRYPTO;
  }
}
const SECOND_LARGEST = /second|zweit|deuxi|segund|третья|втор|ikinci|tweede|二|第二|두 번째/;

/** A bare number in a cell, read with the currency its header names (cells.ts). */
function detectCell(text: string, options: DetectOptions): PriceMatch[] {
  const code = cellCurrency(options.context);
  if (!code) return [];
  const number = text.trimEnd();
  return detectPrices(`${number} ${code}`, options)
    .filter((m) => m.start < number.length)
    .map((m) => ({ ...m, end: number.length, text: number.slice(m.start) }));
}

/** Whether `value` in `currency` is within 3.5× of match m (at rough rates across currencies). */
function alike(m: PriceMatch, currency: string, value: number, usdPer?: Record<string, number>): boolean {
  const a = m.currency === currency ? m.value : approxUsd(m.value, m.currency, usdPer);
  const b = m.currency === currency ? value : approxUsd(value, currency, usdPer);
  return a === null || b === null || (b > a / 3.5 && b < a * 3.5);
}

export function detectPrices(source: string, options: DetectOptions = {}): PriceMatch[] {
  if (typeof source !== 'string' || source.length === 0) return [];
  const text = asciiDigits(source);
  // Almost every amount has an ASCII digit: most page text has none and needs no keyword scan.
  if (!HAS_DIGIT.test(text)) {
    if (!AMOUNT_HINT.test(text) || !findWordAmounts(text, lowerSameLength(text)).length) return [];
  }
  const lower = lowerSameLength(text);
  const events = scanKeywords(text, lower);
  const ctx = readContext(options.context);
  const blockBits = catBits(events, 0, events.n);
  // Before the amounts: a bare level after "the cryptocurrency slid to" counts as after Bitcoin's name.
  resolveAnaphora(
    lower,
    events,
    ctx.topic === 'btc' || has(blockBits, C_BTC) === 1 || has(blockBits, C_PER_COIN) === 1,
  );
  const amounts = findAmounts(text, lower, events, options.locale, ctx.topic === 'btc');
  if (amounts.n === 0 && isBareCell(text)) return detectCell(text, options);
  markCostNouns(lower, events);
  markProducedCoins(lower, events);
  markCoinVerbs(text, lower, events);
  const { all, at } = merge(events, amounts);
  const around: Surround = {
    topic: ctx.topic,
    ctx: ctx.near,
    page: ctx.page,
    block: catBits(events, 0, events.n),
    length: text.length,
    years: YEAR_DIGITS.test(lower),
    quantityLabel: ctx.quantity,
    pageYears: ctx.years | yearBits(options.path),
    anyYear: ANY_YEAR.test(lower),
    pageYear: firstYear(options.context) || firstYear(options.path),
  };
  const out: PriceMatch[] = [];
  const usdPer = options.usdPer;
  const judged = new Uint8Array(amounts.n);
  for (let i = 0; i < amounts.n; i++) {
    const c = classify(lower, amounts, i, all, at[i]!, options, around);
    judged[i] = c.judged ? 1 : 0;
    const currency = amounts.currency[i]!;
    const rate = currency === 'USD' ? 1 : usdPer?.[currency];
    // Both ends of a range are the same kind of amount, when they are alike in size: "R$ 350 mil,
    // R$ 350 mil millones" joins a thousand-fold larger sum to a price (golden-inputs.ts, TRICKY).
    const r = amounts.rangeOf[i]!;
    const o = r >= 0 && r < i && alike(out[r]!, currency, c.value, usdPer) ? out[r] : undefined;
    const start = amounts.start[i]!;
    const end = amounts.end[i]!;
    out.push({
      start,
      end,
      text: source.slice(start, end),
      kind: o && o.kind !== 'other' ? o.kind : c.kind,
      currency,
      value: c.value,
      usd: rate ? c.value * rate : null,
      confidence: Math.round(c.confidence * 100) / 100,
    });
  }
  shareListKinds(out, amounts, all, at, source, usdPer);
  readBreakEvens(out, lower, all, at);
  readMarketPrices(out, lower, all, at);
  readPurchasePrices(out, lower, all, at);
  readModelSums(out, judged, all, at, options.spotUsd, usdPer);
  return out;
}

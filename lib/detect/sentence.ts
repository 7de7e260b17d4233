/**
 * Part of stage 5 (features.ts): what the amount's sentence holds. One pass back and one forward over
 * its events gather the categories, the nearest change, holding and grouped cues, and the amounts.
 */

import type { Around } from './around';
import type { Events } from './events';
import {
  C_AGG,
  C_AMOUNT,
  C_BTC,
  C_CHANGE,
  C_CHANGE_VERB,
  C_CLAUSE,
  C_COST,
  C_COST_WORD,
  C_FEE,
  C_FORECAST,
  C_HOLDING,
  C_MINING,
  C_OTHER,
  C_PER_COIN,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_UNIT,
} from './types';

const CHANGE_CATS = (1 << C_CHANGE) | (1 << C_CHANGE_VERB);

export const G_NONE = 0;
export const G_COST = 1;
export const G_PRICE = 2;
export const G_BTC = 3;
export const G_OTHER = 4;
/** Which of the four readings a keyword category argues for, if any (G_NONE), by category. */
const GROUP = new Uint8Array(32);
for (const c of [C_COST, C_COST_WORD, C_MINING]) GROUP[c] = G_COST;
GROUP[C_PRICE_NOUN] = GROUP[C_FORECAST] = G_PRICE;
GROUP[C_BTC] = GROUP[C_PER_COIN] = G_BTC;
for (const c of [C_OTHER, C_AGG, C_FEE, C_HOLDING]) GROUP[c] = G_OTHER;

/** Keyword categories present in a stretch of events, as bits (1 << cat). */
export function catBits(ev: Events, from: number, to: number): number {
  let bits = 0;
  for (let e = from; e < to; e++) bits |= 1 << ev.cat[e]!;
  return bits;
}

/** A year from 2009 to 2059 standing alone; its last two digits say early, past or future. */
const YEAR = /(?<![0-9])20([0-5][0-9])(?![0-9])/g;
/**
 * The digits a year feature needs, anywhere in the text: most texts hold none, and one test of the
 * whole text then spares a search per amount (each window is part of the text, so it can match only
 * where this does).
 */
export const YEAR_DIGITS = /20(?:09|1[0-9]|2[0-2]|[3-5][0-9])/;
const PERCENT = /%|prozent|percent|pour ?cent|por ?cien|por ?cento|per ?cento|procent|процент|yüzde|퍼센트/;

// "80 Bitcoins zu je 19,000 Dollar", "111,111 BTC × $106,000", "1,000 BTC for 0.12 EUR each": after a
// number of coins, the price of each coin, not the worth of them all (tests/unit/detect/detect.test.ts).
// "at" is a verb event, so "2 BTC at $60,000" never reads as a holding right before the amount.
const RATE_BETWEEN = /^[\s(]*(?:[×x*@]|zu je|je|maal|mal|times)[\s(]*$/i;
const EACH_AFTER =
  /^[\s)]*(?:each|apiece|per (?:coin|unit|piece)|cada|por unidad|por unidade|l['’]unité|la pièce|pièce|pro stück|per stuk|per keping|za sztukę|за штуку|tanesi|ciascuno|ciascuna|l['’]uno)(?![\p{L}])/iu;
const ratePerCoin = (s: string, holdingEnd: number, start: number, end: number): boolean =>
  RATE_BETWEEN.test(s.slice(holdingEnd, start)) || EACH_AFTER.test(s.slice(end, end + 16));

/**
 * Where the sentence of event `p` starts: right after the nearest sentence break before it, but not
 * before `from` (the stage-8 rules read a bounded stretch of it).
 * @example // 'Costs rose. Bitcoin fell to $70,000': at the amount's event, the "B" of "Bitcoin"
 */
export function sentenceStart(all: Events, p: number, from: number): number {
  for (let e = p - 1; e >= 0 && all.end[e]! > from; e--) if (all.cat[e] === C_SENTENCE) return all.end[e]!;
  return from;
}

/**
 * The stretch of event `p`'s sentence from `before` characters before `start` to `after` past `end` (or
 * the sentence's ends, if nearer), and whether it names mining: what the stage-8 rules on a sentence's
 * topic read (purchase-price.ts, break-even.ts).
 */
export function sentenceAround(
  all: Events,
  p: number,
  start: number,
  end: number,
  before: number,
  after: number,
): { from: number; to: number; mining: boolean } {
  const from = sentenceStart(all, p, Math.max(0, start - before));
  let to = end + after;
  let mining = false;
  for (let e = p - 1; e >= 0 && all.pos[e]! >= from; e--) if (all.cat[e] === C_MINING) mining = true;
  for (let e = p + 1; e < all.n && all.pos[e]! < to; e++) {
    if (all.cat[e] === C_SENTENCE) {
      to = all.pos[e]!;
      break;
    }
    if (all.cat[e] === C_MINING) mining = true;
  }
  return { from, to, mining };
}

/** Which years stand in `window`: before 2017, 2017–2022, from 2030 (bits 1, 2, 4). */
export function yearsIn(window: string): number {
  let bits = 0;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(window); m; m = YEAR.exec(window)) {
    const y = Number(m[1]);
    if (y >= 9 && y <= 16) bits |= 1;
    else if (y >= 17 && y <= 22) bits |= 2;
    else if (y >= 30) bits |= 4;
  }
  return bits;
}

/**
 * Fill a's sentence fields for the amount at all[p] (text [start, end) of s). The sentence is the
 * events [from, to) bounded by sentence breaks, at most 240 characters back and 160 forward.
 */
export function gatherSentence(
  s: string,
  all: Events,
  p: number,
  start: number,
  end: number,
  a: Around,
  years: boolean,
): void {
  // Read once per amount, not per event: under the test runner's module wrapper each read of an
  // imported binding is a getter call (the bundle inlines the numbers anyway).
  const amount = C_AMOUNT;
  const sentence = C_SENTENCE;
  const clause = C_CLAUSE;
  const cat = all.cat;
  const pos = all.pos;
  const to_ = all.end;
  let bits = 0;
  let amounts = 1;
  let change = 1e9;
  let nearest = G_NONE;
  let holding = false;
  // Back: the first non-clause event decides the holding, the first change and grouped cue count.
  let clauseRun = true;
  let sinceAmount = 0;
  for (let e = p - 1; e >= 0; e--) {
    const c = cat[e]!;
    if (c === sentence || start - to_[e]! > 240) break;
    bits |= 1 << c;
    if (c === amount) {
      if (amounts === 1) sinceAmount = bits;
      amounts++;
    }
    if (change === 1e9 && (CHANGE_CATS >> c) & 1) change = start - to_[e]!;
    if (nearest === G_NONE) nearest = GROUP[c]!;
    if (clauseRun && c !== clause) {
      clauseRun = false;
      holding = c === C_HOLDING && start - to_[e]! <= 16 && !ratePerCoin(s, to_[e]!, start, end);
    }
  }
  a.sentBefore = bits;
  a.sinceAmount = amounts === 1 ? bits : sinceAmount;
  a.changeBefore = change;
  a.nearestBefore = nearest;
  a.holdingJustBefore = holding;
  bits = 0;
  change = 1e9;
  nearest = G_NONE;
  // The nearest grouped cue after counts within 40 characters, up to the first event beyond them.
  let near = true;
  for (let e = p + 1; e < all.n; e++) {
    const c = cat[e]!;
    const d = pos[e]! - end;
    if (c === sentence || d > 160) break;
    bits |= 1 << c;
    if (c === amount) amounts++;
    if (change === 1e9 && (CHANGE_CATS >> c) & 1) change = d;
    if (near) {
      if (d <= 40) nearest = GROUP[c]!;
      near = d <= 40 && nearest === G_NONE;
    }
  }
  a.sentAfter = bits;
  a.changeAfter = change;
  a.nearestAfter = nearest;
  a.amountsInSentence = amounts;
  a.unitAfter = p + 1 < all.n && cat[p + 1] === C_UNIT && pos[p + 1]! - end <= 15;
  // Bounded slices: a search left to run to the end of the text would make long texts quadratic.
  const y = years ? yearsIn(s.slice(Math.max(0, start - 200), end + 120)) : 0;
  a.earlyYear = (y & 1) !== 0;
  a.pastYear = (y & 2) !== 0;
  a.futureYear = (y & 4) !== 0;
  a.percentAfter = PERCENT.test(s.slice(end, end + 32));
}

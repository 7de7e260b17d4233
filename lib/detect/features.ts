/**
 * Stage 4 of the detector: what a reader would look at around one amount, as a vector of numbers for the
 * learned model (model.ts). The rule walks (walks.ts, walk-fwd.ts) give the nearest cue on each side;
 * the rest are counts over the amount's sentence, its block and the context passed in (heading, column
 * header, row label, title), and where the value sits against spot.
 */

import type { Events } from './events';
import {
  C_AGG,
  C_BTC,
  C_CHANGE,
  C_CHANGE_VERB,
  C_COST,
  C_COST_WORD,
  C_FEE,
  C_HOLDING,
  C_MINING,
  C_OTHER,
  C_PER_COIN,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_UNIT,
} from './types';
import type { Verdict } from './walks';

/** Feature names, in vector order (model.ts stores one weight per name and class). */
export const FEATURES = [
  'bias',
  'rule_btc',
  'rule_cost',
  'rule_other',
  'rule_none',
  'back_btc_near',
  'fwd_btc',
  'fwd_other',
  'fwd_change',
  'prior_btc',
  'ctx_btc',
  'ctx_other',
  'ctx_cost',
  'ctx_mining',
  'ctx_cost_word',
  'ctx_price_noun',
  'page_btc',
  'page_cost',
  'page_mining',
  'page_cost_word',
  'sent_cost',
  'sent_mining',
  'sent_cost_word',
  'sent_other',
  'sent_agg',
  'sent_fee',
  'sent_change',
  'sent_btc',
  'sent_per_coin',
  'sent_holding',
  'price_noun',
  'price_verb',
  'block_btc',
  'block_cost',
  'block_mining',
  'unit_after',
  'ratio_lt_0.02',
  'ratio_lt_0.1',
  'ratio_lt_0.3',
  'ratio_lt_0.7',
  'ratio_lt_1.5',
  'ratio_lt_3',
  'ratio_ge_3',
  'ratio_unknown',
  'millions_no_cue',
  'short_block',
  'crowded_sentence',
  'nearest_before_cost',
  'nearest_before_price',
  'nearest_before_btc',
  'nearest_before_other',
  'nearest_after_cost',
  'nearest_after_btc',
  'nearest_after_other',
  'early_year',
  'percent_after',
  'holding_just_before',
  'dwarfed_by_peer',
  'similar_peer',
] as const;
export const NF = FEATURES.length;

/** Keyword categories present in a stretch of events, as bits (1 << cat). */
export function catBits(ev: Events, from: number, to: number): number {
  let bits = 0;
  for (let e = from; e < to; e++) bits |= 1 << ev.cat[e]!;
  return bits;
}
export const has = (bits: number, cat: number): number => ((bits >> cat) & 1 ? 1 : 0);

/** What the walks and the surroundings say about one amount; filled by classify.ts. */
export interface Around {
  rule: Verdict;
  ruleFromCue: boolean;
  backBtcNear: boolean;
  fwd: Verdict;
  fwdChange: boolean;
  prior: Verdict;
  noun: boolean;
  verb: boolean;
  /** Bits of the categories in the amount's sentence, before and after it. */
  sentBefore: number;
  sentAfter: number;
  /** Characters from the nearest change cue before the amount (1e9: none). */
  changeBefore: number;
  changeAfter: number;
  unitAfter: boolean;
  amountsInSentence: number;
  /** Categories in the heading, column header and row label; in the title and host. */
  ctx: number;
  page: number;
  block: number;
  /** The value in USD over spot, or NaN when the currency has no known rate. */
  ratio: number;
  millions: boolean;
  blockLength: number;
  /** The group of the nearest cue before and after the amount in its sentence (see groupOf). */
  nearestBefore: number;
  nearestAfter: number;
  /** A year before 2017 is named near the amount: prices were far from today's then. */
  earlyYear: boolean;
  /** A percentage follows closely ("9.000 Dollar oder etwa zehn Prozent"): the amount is a change. */
  percentAfter: boolean;
  /** "0.5 BTC ($35,000)", "12 bitcoins for $800,000": a sum paid for several coins. */
  holdingJustBefore: boolean;
  /** Another nearby amount in the same currency is a plausible price at least 3× this one: a move. */
  dwarfed: boolean;
  /** Another nearby amount in the same currency is within ×1.5 of this one: a list of levels. */
  similarPeer: boolean;
}

export const G_NONE = 0;
export const G_COST = 1;
export const G_PRICE = 2;
export const G_BTC = 3;
export const G_OTHER = 4;
/** Which of the four readings a keyword category argues for, if any. */
export function groupOf(cat: number): number {
  if (cat === C_COST || cat === C_COST_WORD || cat === C_MINING) return G_COST;
  if (cat === C_PRICE_NOUN) return G_PRICE;
  if (cat === C_BTC || cat === C_PER_COIN) return G_BTC;
  if (cat === C_OTHER || cat === C_AGG || cat === C_FEE || cat === C_HOLDING) return G_OTHER;
  return G_NONE;
}

/** The sentence around event p: indices [from, to) bounded by sentence breaks and distance. */
export function sentenceOf(all: Events, p: number, start: number, end: number): [number, number] {
  let from = p;
  while (from > 0 && all.cat[from - 1] !== C_SENTENCE && start - all.end[from - 1]! <= 240) from--;
  let to = p + 1;
  while (to < all.n && all.cat[to] !== C_SENTENCE && all.pos[to]! - end <= 160) to++;
  return [from, to];
}

export function fillFeatures(x: Float64Array, a: Around): void {
  const s = a.sentBefore | a.sentAfter;
  const r = a.ratio;
  const v = [
    1,
    a.rule === 'btc' ? 1 : 0,
    a.rule === 'cost' ? 1 : 0,
    a.rule === 'other' && a.ruleFromCue ? 1 : 0,
    a.rule === null ? 1 : 0,
    a.backBtcNear ? 1 : 0,
    a.fwd === 'btc' ? 1 : 0,
    a.fwd === 'other' ? 1 : 0,
    a.fwdChange ? 1 : 0,
    a.prior === 'btc' ? 1 : 0,
    has(a.ctx, C_BTC) | has(a.ctx, C_PER_COIN),
    has(a.ctx, C_OTHER),
    has(a.ctx, C_COST),
    has(a.ctx, C_MINING),
    has(a.ctx, C_COST_WORD),
    has(a.ctx, C_PRICE_NOUN),
    has(a.page, C_BTC) | has(a.page, C_PER_COIN),
    has(a.page, C_COST),
    has(a.page, C_MINING),
    has(a.page, C_COST_WORD),
    has(s, C_COST),
    has(s, C_MINING),
    has(s, C_COST_WORD),
    has(s, C_OTHER),
    has(s, C_AGG),
    has(s, C_FEE),
    a.changeBefore <= 30 || a.changeAfter <= 15 ? 1 : 0,
    has(s, C_BTC),
    has(s, C_PER_COIN),
    has(a.sentBefore, C_HOLDING),
    a.noun ? 1 : 0,
    a.verb ? 1 : 0,
    has(a.block, C_BTC) | has(a.block, C_PER_COIN),
    has(a.block, C_COST),
    has(a.block, C_MINING),
    a.unitAfter ? 1 : 0,
    r < 0.02 ? 1 : 0,
    r >= 0.02 && r < 0.1 ? 1 : 0,
    r >= 0.1 && r < 0.3 ? 1 : 0,
    r >= 0.3 && r < 0.7 ? 1 : 0,
    r >= 0.7 && r < 1.5 ? 1 : 0,
    r >= 1.5 && r < 3 ? 1 : 0,
    r >= 3 ? 1 : 0,
    Number.isNaN(r) ? 1 : 0,
    a.millions && !a.noun && !a.verb ? 1 : 0,
    a.blockLength < 40 ? 1 : 0,
    a.amountsInSentence >= 3 ? 1 : 0,
    a.nearestBefore === G_COST ? 1 : 0,
    a.nearestBefore === G_PRICE ? 1 : 0,
    a.nearestBefore === G_BTC ? 1 : 0,
    a.nearestBefore === G_OTHER ? 1 : 0,
    a.nearestAfter === G_COST ? 1 : 0,
    a.nearestAfter === G_BTC ? 1 : 0,
    a.nearestAfter === G_OTHER ? 1 : 0,
    a.earlyYear ? 1 : 0,
    a.percentAfter ? 1 : 0,
    a.holdingJustBefore ? 1 : 0,
    a.dwarfed ? 1 : 0,
    a.similarPeer ? 1 : 0,
  ];
  for (let f = 0; f < NF; f++) x[f] = v[f]!;
}

export const CHANGE_CATS = (1 << C_CHANGE) | (1 << C_CHANGE_VERB);
export { C_UNIT };

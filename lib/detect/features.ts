/**
 * Stage 5 of the detector (lib/detect/README.md): what a reader would look at around one amount, as a
 * vector of numbers for the learned model (model.ts). The rule walks (walks.ts) give the nearest cue on
 * each side; the rest are counts over the amount's sentence, its block and the context passed in (heading,
 * column header, row label, title), and where the value sits against spot.
 */

import type { Around } from './around';
import { wordFeatures } from './context-words';
import { G_BTC, G_COST, G_OTHER, G_PRICE } from './sentence';
import { has, type Surround } from './surround';
import {
  C_BTC as BTC,
  C_AGG,
  C_FEE,
  C_FORECAST,
  C_HOLDING,
  C_PRICE_NOUN,
  C_COST as COST,
  C_COST_WORD as COST_WORD,
  C_MINING as MINING,
  C_OTHER as OTHER,
  C_PAST as PAST,
  C_PER_COIN as PER_COIN,
} from './types';

// Local copies, read for every amount: under the test runner's module wrapper each read of an
// imported binding is a getter call.
const C_BTC = BTC;
const C_COST = COST;
const C_COST_WORD = COST_WORD;
const C_MINING = MINING;
const C_OTHER = OTHER;
const C_PER_COIN = PER_COIN;
const C_PAST = PAST;

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
  'future_year',
  'percent_after',
  'holding_just_before',
  'millions_with_price_cue',
  'dwarfed_by_peer',
  'similar_peer',
  'sent_forecast',
  'past_year',
  'cost_since_amount',
  'btc_since_amount',
  'sent_past',
  'page_early_year',
  'page_past_year',
  'page_future_year',
  'year_fits',
  'year_misfits',
  'bare',
  'words_other_30',
  'words_other_50',
  'words_other_80',
  'words_price_30',
  'words_price_50',
  'words_price_80',
  'words_cost_30',
  'words_cost_50',
  'words_cost_80',
] as const;
// A literal the compiler checks against the list, so the names stay out of the shipped bundle.
export const NF: (typeof FEATURES)['length'] = 81;
/** Where the words' votes start (context-words.ts): three thresholds for each of other, price, cost. */
export const WORD_FEATURES = 72;

export function fillFeatures(x: Float64Array, a: Around, around: Surround): void {
  const s = a.sentBefore | a.sentAfter;
  const r = a.ratio;
  // Straight into x, in FEATURES order: no array per amount.
  let f = 0;
  x[f++] = 1;
  x[f++] = a.rule === 'btc' ? 1 : 0;
  x[f++] = a.rule === 'cost' ? 1 : 0;
  x[f++] = a.rule === 'other' && a.ruleFromCue ? 1 : 0;
  x[f++] = a.rule === null ? 1 : 0;
  x[f++] = a.backBtcNear ? 1 : 0;
  x[f++] = a.fwd === 'btc' ? 1 : 0;
  x[f++] = a.fwd === 'other' ? 1 : 0;
  x[f++] = a.fwdChange ? 1 : 0;
  x[f++] = a.prior === 'btc' ? 1 : 0;
  x[f++] = has(around.ctx, C_BTC) | has(around.ctx, C_PER_COIN);
  x[f++] = has(around.ctx, C_OTHER);
  x[f++] = has(around.ctx, C_COST);
  x[f++] = has(around.ctx, C_MINING);
  x[f++] = has(around.ctx, C_COST_WORD);
  x[f++] = has(around.ctx, C_PRICE_NOUN) | has(around.ctx, C_FORECAST);
  x[f++] = has(around.page, C_BTC) | has(around.page, C_PER_COIN);
  x[f++] = has(around.page, C_COST);
  x[f++] = has(around.page, C_MINING);
  x[f++] = has(around.page, C_COST_WORD);
  x[f++] = has(s, C_COST);
  x[f++] = has(s, C_MINING);
  x[f++] = has(s, C_COST_WORD);
  x[f++] = has(s, C_OTHER);
  x[f++] = has(s, C_AGG);
  x[f++] = has(s, C_FEE);
  x[f++] = a.changeBefore <= 30 || a.changeAfter <= 15 ? 1 : 0;
  x[f++] = has(s, C_BTC);
  x[f++] = has(s, C_PER_COIN);
  x[f++] = has(a.sentBefore, C_HOLDING);
  x[f++] = a.noun ? 1 : 0;
  x[f++] = a.verb ? 1 : 0;
  x[f++] = has(around.block, C_BTC) | has(around.block, C_PER_COIN);
  x[f++] = has(around.block, C_COST);
  x[f++] = has(around.block, C_MINING);
  x[f++] = a.unitAfter ? 1 : 0;
  x[f++] = r < 0.02 ? 1 : 0;
  x[f++] = r >= 0.02 && r < 0.1 ? 1 : 0;
  x[f++] = r >= 0.1 && r < 0.3 ? 1 : 0;
  x[f++] = r >= 0.3 && r < 0.7 ? 1 : 0;
  x[f++] = r >= 0.7 && r < 1.5 ? 1 : 0;
  x[f++] = r >= 1.5 && r < 3 ? 1 : 0;
  x[f++] = r >= 3 ? 1 : 0;
  x[f++] = Number.isNaN(r) ? 1 : 0;
  x[f++] = a.millions && !a.noun && !a.verb ? 1 : 0;
  x[f++] = around.length < 40 ? 1 : 0;
  x[f++] = a.amountsInSentence >= 3 ? 1 : 0;
  x[f++] = a.nearestBefore === G_COST ? 1 : 0;
  x[f++] = a.nearestBefore === G_PRICE ? 1 : 0;
  x[f++] = a.nearestBefore === G_BTC ? 1 : 0;
  x[f++] = a.nearestBefore === G_OTHER ? 1 : 0;
  x[f++] = a.nearestAfter === G_COST ? 1 : 0;
  x[f++] = a.nearestAfter === G_BTC ? 1 : 0;
  x[f++] = a.nearestAfter === G_OTHER ? 1 : 0;
  x[f++] = a.earlyYear ? 1 : 0;
  x[f++] = a.futureYear ? 1 : 0;
  x[f++] = a.percentAfter ? 1 : 0;
  x[f++] = a.holdingJustBefore ? 1 : 0;
  // "could hit $1.1 million": a price verb or noun, and no total in sight, make millions a forecast.
  x[f++] = a.millions && (a.noun || a.verb) && !has(s, C_AGG) && !has(s, C_FEE) ? 1 : 0;
  x[f++] = a.dwarfed ? 1 : 0;
  x[f++] = a.similarPeer ? 1 : 0;
  x[f++] = has(s, C_FORECAST);
  x[f++] = a.pastYear ? 1 : 0;
  x[f++] = has(a.sinceAmount, C_COST) | has(a.sinceAmount, C_COST_WORD);
  x[f++] = has(a.sinceAmount, C_BTC) | has(a.sinceAmount, C_PER_COIN);
  x[f++] = has(s, C_PAST);
  x[f++] = around.pageYears & 1;
  x[f++] = (around.pageYears >> 1) & 1;
  x[f++] = (around.pageYears >> 2) & 1;
  x[f++] = a.yearFit === 1 ? 1 : 0;
  x[f++] = a.yearFit === 2 ? 1 : 0;
  x[f++] = a.bare ? 1 : 0;
  wordFeatures(x, f, a.words);
}

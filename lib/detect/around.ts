/** What classify.ts gathers about one amount before features.ts turns it into the model's vector. */

import type { Verdict } from './walks';

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
  /** Bits of the categories between the amount and the previous amount of its sentence (its own clause, roughly). */
  sinceAmount: number;
  /** Characters from the nearest change cue before the amount (1e9: none). */
  changeBefore: number;
  changeAfter: number;
  unitAfter: boolean;
  amountsInSentence: number;
  /** The value in USD over spot, or NaN when the currency has no known rate. */
  ratio: number;
  millions: boolean;
  /** The group of the nearest cue before and after the amount in its sentence (see GROUP in sentence.ts). */
  nearestBefore: number;
  nearestAfter: number;
  /** A year before 2017 is named near the amount: prices were far from today's then. */
  earlyYear: boolean;
  /** A year from 2030 on is named near it ("$1.5 million by 2030"): a forecast, not a sum. */
  futureYear: boolean;
  /** A year from 2017 to 2022 is named near it: a price of those years, far from today's. */
  pastYear: boolean;
  /** A percentage follows closely ("9.000 Dollar oder etwa zehn Prozent"): the amount is a change. */
  percentAfter: boolean;
  /** "0.5 BTC ($35,000)", "12 bitcoins for $800,000": a sum paid for several coins. */
  holdingJustBefore: boolean;
  /** The value against the range of the year named nearest it, else the page's year (yearFit in year-prices.ts). */
  yearFit: number;
  /** Another nearby amount in the same currency is a plausible price at least 3× this one: a move. */
  dwarfed: boolean;
  /** Another nearby amount in the same currency is within ×1.5 of this one: a list of levels. */
  similarPeer: boolean;
  /** No currency written: a bare level, cell or range end that takes its currency from around it. */
  bare: boolean;
  /** The words around it, weighed (context-words.ts): probabilities of other, price, cost. */
  words: Float64Array;
}

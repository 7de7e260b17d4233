/** Public and shared types of the price detector. */

export type PriceKind = 'btc_price' | 'btc_cost' | 'other';

export interface DetectOptions {
  /** Current BTC spot in USD, used as a plausibility check. */
  spotUsd?: number;
  /** USD per one unit of a currency, e.g. { EUR: 1.08 }. */
  usdPer?: Record<string, number>;
  /** Nearby text outside `text` (headline, table header, page title). */
  context?: string;
  /** The page's language tag, e.g. 'de' or 'pt-BR'. */
  locale?: string;
  /** The page's URL path: a year in it, as in the context, dates the page ("/2013/11/26/…"). */
  path?: string;
}

export interface PriceMatch {
  start: number;
  end: number;
  text: string;
  kind: PriceKind;
  currency: string;
  value: number;
  usd: number | null;
  confidence: number;
}

/** Keyword categories found around amounts (see lexicon.ts). Plain numbers, not an enum: the bundler
 * inlines them, and an enum would ship a reverse-mapping object. */
export type Cat = number;
export const C_BTC = 1; // a Bitcoin mention
export const C_OTHER = 2; // another asset, stock, commodity
export const C_AGG = 3; // aggregates: market cap, inflows, revenue, funds
export const C_COST = 4; // per-coin production / mining cost
export const C_FEE = 5;
export const C_CHANGE = 6; // "drop", "gain", "下落": a move, not a level, on either side of the amount
export const C_PRICE_NOUN = 7; // price, Kurs, level, record
export const C_VERB = 8; // price verbs and prepositions: at, to, fell, auf
export const C_PER_COIN = 9; // "per bitcoin", "one BTC", "1BTC": the amount is per coin
export const C_HOLDING = 10; // a quantity of coins: "0.5 BTC", "12,000 bitcoin"
export const C_UNIT = 11; // other per-unit amounts: ounce, kWh, share
export const C_CONJ = 12; // clause breakers: while, whereas, mientras
export const C_CLAUSE = 13; // , ; ( ) and dashes
export const C_SENTENCE = 14; // . ! ? 。 and newlines
export const C_AMOUNT = 15; // another currency amount
export const C_CHANGE_VERB = 16; // "by", "lost", "um": a change when right before the amount
export const C_MINING = 17; // mining, miners, minage, マイニング, 채굴: the topic of cost amounts
export const C_COST_WORD = 18; // cost, Kosten, coût, コスト, 成本: a cost, of what the sentence says
export const C_CRYPTO = 19; // "the cryptocurrency", "la criptomoneda": Bitcoin, when the passage is about it
export const C_FORECAST = 20; // forecast, target, Prognose, 予想: a level someone expects, however far from spot
export const C_PAST = 21; // ago, back then, damals, à l'époque, 当時: a level of its time, however far from spot

/** The cues that name a cost, of one coin or of what the sentence says, or mining: as a bit set of categories. */
/**
 * A set of keyword categories as bits, to test an event's with `(set >> cat) & 1`.
 * @example categorySet([C_VERB, C_CLAUSE]) // (1 << C_VERB) | (1 << C_CLAUSE)
 */
export const categorySet = (cats: number[]): number => cats.reduce((b, cat) => b | (1 << cat), 0);
export const COST_CUES = (1 << C_COST) | (1 << C_COST_WORD) | (1 << C_MINING);

/**
 * How sure a reading is when a stage-8 rule, not the model, gives it (model-sums.ts):
 * as sure as the overlay's default minimum confidence (lib/settings/schema.ts), no surer.
 */
export const RULE_CONFIDENCE = 0.6;

/**
 * A price noun that a cost word qualifies names a cost: "the break-even Bitcoin price drops to around
 * $41,585", "the difficulty regression price was $86,000", "비트코인 개당 생산 가격이 약 8만5233달러";
 * so does the price of mining ("the price of mining Bitcoin has surged to $19.3k", en-cryptomasinfo-com.ts).
 * The walk (walks.ts) takes the nearest cue, which was "price", so these costs read as prices
 * (tests/unit/detect/real/dev: en-cryptobcc-com.ts, en-mexc-in.ts, ko-blockstreet-co-kr.ts).
 */

import type { Events } from './events';
import { wordAt } from './text';
import { C_BTC, C_COST, C_FORECAST, C_MINING, C_PRICE_NOUN } from './types';

/** The farthest a qualified price noun may end after the cost word's end, in characters. */
const REACH = 24;

/** The words that join "price" to the mining it is of: "price of mining", "precio de minar". */
const OF = /^\s(?:of|de|di|do|da|du|des|del|della|dello|für|von|van)\s$/;
/** What a mining word names when it is no activity: "the price of mining rigs" is no cost per coin. */
const KIT = new Set(
  'rig rigs hardware machine machines equipment stock stocks shares company companies firms pool'.split(' '),
);

/** Turns each price noun right after a cost word (perhaps with "Bitcoin" between), or right before "of mining", into a cost cue. */
export function markCostNouns(lower: string, ev: Events): void {
  const cat = ev.cat;
  for (let e = 0; e < ev.n; e++) {
    if (cat[e] === C_PRICE_NOUN && e + 1 < ev.n && cat[e + 1] === C_MINING) {
      const after = ev.end[e + 1]!;
      const of = OF.test(lower.slice(ev.end[e]!, ev.pos[e + 1]!));
      if (of && !KIT.has(wordAt(lower, after + 1))) cat[e] = C_COST;
      continue;
    }
    if (cat[e] !== C_COST) continue;
    const limit = ev.end[e]! + REACH;
    for (let k = e + 1; k < ev.n && k <= e + 2 && ev.pos[k]! <= limit; k++) {
      // "a break-even forecast of $8,038" (en-steemcn-xyz-m.ts): a forecast of the cost.
      if (cat[k] === C_PRICE_NOUN || cat[k] === C_FORECAST) {
        cat[k] = C_COST;
        break;
      }
      if (cat[k] !== C_BTC) break;
    }
  }
}

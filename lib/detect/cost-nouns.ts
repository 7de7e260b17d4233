/**
 * A price noun that a cost word qualifies names a cost: "the break-even Bitcoin price drops to around
 * $41,585", "the difficulty regression price was $86,000", "비트코인 개당 생산 가격이 약 8만5233달러".
 * The walk (walks.ts) takes the nearest cue, which was "price", so these costs read as prices
 * (tests/unit/detect/real/dev: en-cryptobcc-com.ts, en-mexc-in.ts, ko-blockstreet-co-kr.ts).
 */

import type { Events } from './events';
import { C_BTC, C_COST, C_PRICE_NOUN } from './types';

/** The farthest a qualified price noun may end after the cost word's end, in characters. */
const REACH = 24;

/** Turns each price noun right after a cost word (perhaps with "Bitcoin" between) into a cost cue. */
export function markCostNouns(ev: Events): void {
  const cat = ev.cat;
  for (let e = 0; e < ev.n; e++) {
    if (cat[e] !== C_COST) continue;
    const limit = ev.end[e]! + REACH;
    for (let k = e + 1; k < ev.n && k <= e + 2 && ev.pos[k]! <= limit; k++) {
      if (cat[k] === C_PRICE_NOUN) {
        cat[k] = C_COST;
        break;
      }
      if (cat[k] !== C_BTC) break;
    }
  }
}

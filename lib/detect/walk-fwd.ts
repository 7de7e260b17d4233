/** The forward walk over keyword events after an amount, through its clause (see walks.ts). */

import {
  C_AGG,
  C_AMOUNT,
  C_BTC,
  C_CHANGE,
  C_CLAUSE,
  C_CONJ,
  C_COST,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_PER_COIN,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_UNIT,
  type Ev,
} from './types';
import { type Found, linked, type Verdict } from './walks';

const FWD = 60;

/** Walk forward from the amount at all[p] within its clause; anchors past a comma count weakly. */
export function walkFwd(
  s: string,
  all: Ev[],
  p: number,
  end: number,
): Found & { weak: Verdict; noun: boolean; change: boolean } {
  let clauses = 0;
  let weak: Verdict = null;
  let noun = false;
  for (let j = p + 1; j < all.length; j++) {
    const e = all[j]!;
    const d = e.pos - end;
    if (d > FWD || e.cat === C_SENTENCE || e.cat === C_CONJ || e.cat === C_AMOUNT) break;
    if (e.cat === C_CLAUSE) {
      clauses++;
      continue;
    }
    const anchor = e.cat === C_BTC || e.cat === C_PER_COIN ? 'btc' : e.cat === C_OTHER ? 'other' : null;
    if (clauses) {
      if (anchor && !weak) weak = anchor;
      continue;
    }
    if (d > 30) continue;
    if ((anchor || e.cat === C_AGG || e.cat === C_FEE) && !linked(s, end, e.pos)) continue;
    // Plain literals, no spread or closure: this runs once per amount.
    switch (e.cat) {
      case C_BTC:
        return { v: e.held ? 'other' : 'btc', d, why: 0.85, weak, noun, change: false };
      case C_PER_COIN:
        return { v: 'btc', d, why: 0.9, weak, noun, change: false };
      case C_HOLDING:
      case C_OTHER:
      case C_UNIT:
        return { v: 'other', d, why: 0.85, weak, noun, change: false };
      case C_AGG:
      case C_FEE:
        if (d <= 25) return { v: 'other', d, why: 0.8, weak, noun, change: false };
        break;
      case C_COST:
        return { v: 'cost', d, why: 0.85, weak, noun, change: false };
      case C_CHANGE:
        if (d <= 12) return { v: 'other', d, why: 0.8, weak, noun, change: true };
        break;
      case C_PRICE_NOUN:
        noun = true;
        break;
    }
  }
  return { v: null, d: 1e9, why: 0, weak, noun, change: false };
}

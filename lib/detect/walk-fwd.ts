/** The forward walk over keyword events after an amount, through its clause (see walks.ts). */

import type { Events } from './events';
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
} from './types';
import { type Found, linked, type Verdict } from './walks';

const FWD = 60;

type Fwd = Found & { weak: Verdict; noun: boolean; change: boolean };
// One result object, overwritten by each walk and read before the next: no allocation per amount.
const F: Fwd = { v: null, d: 0, why: 0, weak: null, noun: false, change: false };
function fwd(v: Verdict, d: number, why: number, weak: Verdict, noun: boolean, change: boolean): Fwd {
  F.v = v;
  F.d = d;
  F.why = why;
  F.weak = weak;
  F.noun = noun;
  F.change = change;
  return F;
}

/** Walk forward from the amount at all[p] within its clause; anchors past a comma count weakly. */
export function walkFwd(s: string, all: Events, p: number, end: number): Fwd {
  let clauses = 0;
  let weak: Verdict = null;
  let noun = false;
  for (let j = p + 1; j < all.n; j++) {
    const pos = all.pos[j]!;
    const cat = all.cat[j]!;
    const d = pos - end;
    if (d > FWD || cat === C_SENTENCE || cat === C_CONJ || cat === C_AMOUNT) break;
    if (cat === C_CLAUSE) {
      clauses++;
      continue;
    }
    const anchor = cat === C_BTC || cat === C_PER_COIN ? 'btc' : cat === C_OTHER ? 'other' : null;
    if (clauses) {
      if (anchor && !weak) weak = anchor;
      continue;
    }
    if (d > 30) continue;
    if ((anchor || cat === C_AGG || cat === C_FEE) && !linked(s, end, pos)) continue;
    // Plain literals, no spread or closure: this runs once per amount.
    switch (cat) {
      case C_BTC:
        return fwd(all.held[j] ? 'other' : 'btc', d, 0.85, weak, noun, false);
      case C_PER_COIN:
        return fwd('btc', d, 0.9, weak, noun, false);
      case C_HOLDING:
      case C_OTHER:
      case C_UNIT:
        return fwd('other', d, 0.85, weak, noun, false);
      case C_AGG:
      case C_FEE:
        if (d <= 25) return fwd('other', d, 0.8, weak, noun, false);
        break;
      case C_COST:
        return fwd('cost', d, 0.85, weak, noun, false);
      case C_CHANGE:
        if (d <= 12) return fwd('other', d, 0.8, weak, noun, true);
        break;
      case C_PRICE_NOUN:
        noun = true;
        break;
    }
  }
  return fwd(null, 1e9, 0, weak, noun, false);
}

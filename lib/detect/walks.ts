/**
 * The two walks over keyword events around an amount: back to the start of its sentence, and
 * forward through its clause. Each stops at the first cue that decides what the amount is.
 */

import type { Events } from './events';
import { cueOf } from './keyword-tables';
import { wordAt } from './text';
import {
  C_AGG as AGG,
  C_AMOUNT as AMOUNT,
  C_BTC as BTC,
  C_CHANGE as CHANGE,
  C_CHANGE_VERB as CHANGE_VERB,
  C_CLAUSE as CLAUSE,
  C_CONJ as CONJ,
  C_COST as COST,
  C_FEE as FEE,
  C_FORECAST as FORECAST,
  C_HOLDING as HOLDING,
  C_OTHER as OTHER,
  C_PER_COIN as PER_COIN,
  C_PRICE_NOUN as PRICE_NOUN,
  C_SENTENCE as SENTENCE,
  C_UNIT as UNIT,
  C_VERB as VERB,
} from './types';
import { LINK } from './word-sets';

// Local copies of the categories, read for every event of every walk: under the test runner's module
// wrapper each read of an imported binding is a getter call.
const C_AGG = AGG;
const C_AMOUNT = AMOUNT;
const C_BTC = BTC;
const C_CHANGE = CHANGE;
const C_CHANGE_VERB = CHANGE_VERB;
const C_CLAUSE = CLAUSE;
const C_CONJ = CONJ;
const C_COST = COST;
const C_FEE = FEE;
const C_FORECAST = FORECAST;
const C_HOLDING = HOLDING;
const C_OTHER = OTHER;
const C_PER_COIN = PER_COIN;
const C_PRICE_NOUN = PRICE_NOUN;
const C_SENTENCE = SENTENCE;
const C_UNIT = UNIT;
const C_VERB = VERB;

export type Verdict = 'btc' | 'other' | 'cost' | null;
/** The cue a walk stopped at: what it says the amount is, how far away it is, and how sure it is. */
interface Cue {
  v: Verdict;
  d: number;
  why: number;
}

const BACK = 160;
const AT = new Set(['at', '@', 'à', 'a', 'zu', 'bei', 'por', 'para']);

type Back = Cue & { stop: number; verb: boolean; noun: boolean };
// One result object, overwritten by each walk and read before the next: no allocation per amount.
const B: Back = { v: null, d: 0, why: 0, stop: 0, verb: false, noun: false };
function back(v: Verdict, d: number, why: number, stop: number, verb: boolean, noun: boolean): Back {
  B.v = v;
  B.d = d;
  B.why = why;
  B.stop = stop;
  B.verb = verb;
  B.noun = noun;
  return B;
}

/** Walk back from the amount at all[p] to the start of its sentence. */
export function walkBack(s: string, all: Events, p: number, start: number): Back {
  let noun = false;
  let verb = false;
  let clauses = 0;
  let amounts = 0;
  let pending = -1;
  let first = true;
  let atWord = '';
  let j = p - 1;
  for (; j >= 0; j--) {
    const cat = all.cat[j]!;
    const d = start - all.end[j]!;
    if (d > BACK) break;
    switch (cat) {
      case C_SENTENCE:
        return pending >= 0 ? back('btc', pending, 0.8, j, verb, noun) : back(null, 1e9, 0, j, verb, noun);
      case C_CLAUSE:
      case C_CONJ:
        clauses++;
        break;
      case C_AMOUNT:
        if (++amounts > 2) return back(pending >= 0 ? 'btc' : null, pending, 0.7, j, verb, noun);
        break;
      case C_BTC: {
        // "verlor der Bitcoin rund 5.000 Dollar": a change verb before the subject.
        const b = j - 1;
        if (
          first &&
          b >= 0 &&
          all.cat[b] === C_CHANGE_VERB &&
          all.pos[j]! - all.end[b]! <= 6 &&
          linked(s, all.end[j]!, start)
        ) {
          return back('other', d, 0.7, j, verb, noun);
        }
        return back('btc', d, noun || verb ? 0.9 : 0.85, j, verb, noun);
      }
      case C_PER_COIN:
        if (noun || clauses) return back('btc', d, 0.9, j, verb, noun);
        if (pending < 0) pending = d;
        break;
      case C_HOLDING:
        // "0.1 BTC at $29k", "bitcoins at an average price of": the price paid per coin.
        return (AT.has(atWord) && d < 24) || noun
          ? back('btc', d, 0.7, j, verb, noun)
          : back('other', d, 0.8, j, verb, noun);
      case C_UNIT:
        // "$0.06/kWh" belongs to the amount before it; "l'once d'or a atteint 2 400 dollars" to this one.
        if (j === 0 || all.cat[j - 1] !== C_AMOUNT || all.pos[j]! - all.end[j - 1]! > 3)
          return back('other', d, 0.8, j, verb, noun);
        break;
      case C_OTHER:
        return back('other', d, 0.85, j, verb, noun);
      case C_AGG:
      case C_FEE:
        if (!noun && !clauses) return back('other', d, 0.85, j, verb, noun);
        break;
      case C_COST:
        if (!noun && clauses <= (d < 60 ? 1 : 0)) return back('cost', d, 0.85, j, verb, noun);
        break;
      case C_CHANGE:
      case C_CHANGE_VERB:
        if (first && d <= 30 && !amounts && !clauses && linked(s, all.end[j]!, start))
          return back('other', d, 0.8, j, verb, noun);
        break;
      case C_PRICE_NOUN:
      case C_FORECAST:
        noun = true;
        break;
      case C_VERB:
        if (!verb) atWord = s.slice(all.pos[j], all.end[j]);
        verb = true;
        break;
    }
    if (cat !== C_CLAUSE) first = false;
  }
  return pending >= 0 ? back('btc', pending, 0.8, j, verb, noun) : back(null, 1e9, 0, j, verb, noun);
}

/** Only small linking words or price words stand between the amount and a noun after it. */
export function linked(lower: string, from: number, to: number): boolean {
  let n = 0;
  for (let j = from; j < to; ) {
    const w = wordAt(lower, j);
    if (!w) {
      j++;
      continue;
    }
    const c = cueOf(w);
    if (++n > 3 || !(LINK.has(w) || c === C_PRICE_NOUN || c === C_FORECAST || c === C_VERB)) return false;
    j += w.length;
  }
  return true;
}

const FWD = 60;

type Fwd = Cue & { weak: Verdict; noun: boolean; change: boolean };
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
      case C_FORECAST:
        noun = true;
        break;
    }
  }
  return fwd(null, 1e9, 0, weak, noun, false);
}

/** The nearest asset named before position `from` (across sentences), within `span` characters. */
export function topicBefore(all: Events, j: number, from: number, span: number): Verdict {
  for (let i = j; i >= 0 && i > j - 60; i--) {
    if (from - all.end[i]! > span) break;
    const cat = all.cat[i];
    if (cat === C_BTC || cat === C_PER_COIN) return 'btc';
    if (cat === C_OTHER) return 'other';
  }
  return null;
}

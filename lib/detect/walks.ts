/**
 * The two walks over keyword events around an amount: back to the start of its sentence, and
 * forward through its clause. Each stops at the first cue that decides what the amount is.
 */

import type { Events } from './events';
import { cueOf } from './keyword-tables';
import { LINK } from './lexicon';
import { wordAt } from './text';
import {
  C_AGG,
  C_AMOUNT,
  C_BTC,
  C_CHANGE,
  C_CHANGE_VERB,
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
  C_VERB,
} from './types';

export type Verdict = 'btc' | 'other' | 'cost' | null;
export interface Found {
  v: Verdict;
  d: number;
  why: number; // confidence of the cue that decided
}

const BACK = 160;
const AT = new Set(['at', '@', 'à', 'a', 'zu', 'bei', 'por', 'para']);

type Back = Found & { stop: number; verb: boolean; noun: boolean };
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
    if (++n > 3 || !(LINK.has(w) || c === C_PRICE_NOUN || c === C_VERB)) return false;
    j += w.length;
  }
  return true;
}

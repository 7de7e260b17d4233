/**
 * The two walks over keyword events around an amount: back to the start of its sentence, and
 * forward through its clause. Each stops at the first cue that decides what the amount is.
 */

import { cueOf } from './keywords';
import { LINK } from './lexicon';
import { wordAt } from './text';
import { Cat, type Ev } from './types';

export type Verdict = 'btc' | 'other' | 'cost' | null;
export interface Found {
  v: Verdict;
  d: number;
  why: number; // confidence of the cue that decided
}

const BACK = 160;
const FWD = 60;
const AT = new Set(['at', '@', 'à', 'a', 'zu', 'bei', 'por', 'para']);
const NONE: Found = { v: null, d: 1e9, why: 0 };

/** Walk back from the amount at all[p] to the start of its sentence. */
export function walkBack(
  s: string,
  all: Ev[],
  p: number,
  start: number,
): Found & { stop: number; verb: boolean; noun: boolean } {
  let noun = false;
  let verb = false;
  let clauses = 0;
  let amounts = 0;
  let pending = -1;
  let first = true;
  let atWord = '';
  let j = p - 1;
  const done = (v: Verdict, d: number, why: number) => ({ v, d, why, stop: j, verb, noun });
  for (; j >= 0; j--) {
    const e = all[j]!;
    const d = start - e.end;
    if (d > BACK) break;
    switch (e.cat) {
      case Cat.Sentence:
        return pending >= 0 ? done('btc', pending, 0.8) : done(null, 1e9, 0);
      case Cat.Clause:
      case Cat.Conj:
        clauses++;
        break;
      case Cat.Amount:
        if (++amounts > 2) return done(pending >= 0 ? 'btc' : null, pending, 0.7);
        break;
      case Cat.Btc: {
        // "verlor der Bitcoin rund 5.000 Dollar": a change verb before the subject.
        const b = all[j - 1];
        if (first && b?.cat === Cat.ChangeVerb && e.pos - b.end <= 6 && linked(s, e.end, start)) {
          return done('other', d, 0.7);
        }
        return done('btc', d, noun || verb ? 0.9 : 0.85);
      }
      case Cat.PerCoin:
        if (noun || clauses) return done('btc', d, 0.9);
        if (pending < 0) pending = d;
        break;
      case Cat.Holding:
        // "0.1 BTC at $29k", "bitcoins at an average price of": the price paid per coin.
        return (AT.has(atWord) && d < 24) || noun ? done('btc', d, 0.7) : done('other', d, 0.8);
      case Cat.Unit:
        // "$0.06/kWh" belongs to the amount before it; "l'once d'or a atteint 2 400 dollars" to this one.
        if (all[j - 1]?.cat !== Cat.Amount || e.pos - all[j - 1]!.end > 3) return done('other', d, 0.8);
        break;
      case Cat.Other:
        return done('other', d, 0.85);
      case Cat.Agg:
      case Cat.Fee:
        if (!noun && !clauses) return done('other', d, 0.85);
        break;
      case Cat.Cost:
        if (!noun && clauses <= (d < 60 ? 1 : 0)) return done('cost', d, 0.85);
        break;
      case Cat.Change:
      case Cat.ChangeVerb:
        if (first && d <= 30 && !amounts && !clauses && linked(s, e.end, start)) return done('other', d, 0.8);
        break;
      case Cat.PriceNoun:
        noun = true;
        break;
      case Cat.Verb:
        if (!verb) atWord = s.slice(e.pos, e.end);
        verb = true;
        break;
    }
    if (e.cat !== Cat.Clause) first = false;
  }
  return pending >= 0 ? done('btc', pending, 0.8) : done(null, 1e9, 0);
}

/** Only small linking words or price words stand between the amount and a noun after it. */
function linked(lower: string, from: number, to: number): boolean {
  let n = 0;
  for (let j = from; j < to; ) {
    const w = wordAt(lower, j);
    if (!w) {
      j++;
      continue;
    }
    const c = cueOf(w);
    if (++n > 3 || !(LINK.has(w) || c === Cat.PriceNoun || c === Cat.Verb)) return false;
    j += w.length;
  }
  return true;
}

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
    if (d > FWD || e.cat === Cat.Sentence || e.cat === Cat.Conj || e.cat === Cat.Amount) break;
    if (e.cat === Cat.Clause) {
      clauses++;
      continue;
    }
    const anchor = e.cat === Cat.Btc || e.cat === Cat.PerCoin ? 'btc' : e.cat === Cat.Other ? 'other' : null;
    if (clauses) {
      if (anchor && !weak) weak = anchor;
      continue;
    }
    if (d > 30) continue;
    if ((anchor || e.cat === Cat.Agg || e.cat === Cat.Fee) && !linked(s, end, e.pos)) continue;
    const found = (v: Verdict, why: number) => ({ v, d, why, weak, noun, change: false });
    switch (e.cat) {
      case Cat.Btc:
        return found(e.held ? 'other' : 'btc', 0.85);
      case Cat.PerCoin:
        return found('btc', 0.9);
      case Cat.Holding:
      case Cat.Other:
      case Cat.Unit:
        return found('other', 0.85);
      case Cat.Agg:
      case Cat.Fee:
        if (d <= 25) return found('other', 0.8);
        break;
      case Cat.Cost:
        return found('cost', 0.85);
      case Cat.Change:
        if (d <= 12) return { ...found('other', 0.8), change: true };
        break;
      case Cat.PriceNoun:
        noun = true;
        break;
    }
  }
  return { ...NONE, weak, noun, change: false };
}

/** The nearest asset named before position `from` (across sentences), within `span` characters. */
export function topicBefore(all: Ev[], j: number, from: number, span: number): Verdict {
  for (let i = j; i >= 0 && i > j - 60; i--) {
    const e = all[i]!;
    if (from - e.end > span) break;
    if (e.cat === Cat.Btc || e.cat === Cat.PerCoin) return 'btc';
    if (e.cat === Cat.Other) return 'other';
  }
  return null;
}

/**
 * A coin that "costs" an amount has that price: "el bitcóin costaba 50.547,70 dólares", "one bitcoin
 * cost $10,486.38", "1 BTC kosztuje 188 000 PLN". Cost words are a cost cue, which on a mining page made
 * these read as costs (tests/unit/detect/real/dev: es-ghm-com-ve.ts, en-xtrinfo-com-m.ts, pl-bankier-pl.ts).
 * A coin that is produced or mined is marked a cost first (produced-coin.ts), and keeps its verb.
 */

import type { Events } from './events';
import { C_BTC, C_COST_WORD, C_PER_COIN, C_VERB } from './types';
import { TIME_WORDS } from './word-sets';

/** The coin's price verbs among the cost words, in the languages the lexicon reads. */
const VERBS = new Set(
  (
    'costs kostet kostete kosteten kosztuje kosztował kosztowała coûte coûtait coûtera cuesta cuestan ' +
    'costaba costaría costará custa custam custava custaria costa costava costerà costerebbe kost kostte'
  ).split(' '),
);
/** "cost" is a verb when an amount or an approximation follows ("one bitcoin cost about $9,000"). */
const COST_THEN_AMOUNT =
  /^\s+(?:about |around |roughly |nearly |almost |just |only |over |under |less than |more than |some )?[$€£¥\d]/;

const TIME_WORD_BETWEEN = /^\s{1,2}(\p{L}+)\s{1,2}$/u;

/**
 * Whether only spacing, or one word of time, stands between `from` and `to` in `lower` ("one bitcoin now
 * costs R1-million": tests/unit/detect/real/dev/en-techcentral-co-za.ts).
 */
function adjacent(lower: string, from: number, to: number): boolean {
  if (to - from <= 2) return true;
  const word = to - from <= 16 ? TIME_WORD_BETWEEN.exec(lower.slice(from, to))?.[1] : undefined;
  return word !== undefined && TIME_WORDS.has(word);
}

/** Turns the cost word right after a coin mention into a price verb. */
export function markCoinVerbs(s: string, lower: string, ev: Events): void {
  const cat = ev.cat;
  for (let e = 1; e < ev.n; e++) {
    if (cat[e] !== C_COST_WORD || (cat[e - 1] !== C_BTC && cat[e - 1] !== C_PER_COIN)) continue;
    const pos = ev.pos[e]!;
    const end = ev.end[e]!;
    if (!adjacent(lower, ev.end[e - 1]!, pos)) continue;
    const w = lower.slice(pos, end);
    if (VERBS.has(w) || (w === 'cost' && COST_THEN_AMOUNT.test(s.slice(end, end + 24)))) cat[e] = C_VERB;
  }
}

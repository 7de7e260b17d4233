/**
 * Stage 8 of the detector (lib/detect/README.md): amounts written in parallel share their kind. "$200,000
 * in 2025, $300,000 in 2026 and $400,000 in 2027" are all forecasts of the price once the first is; "Italy
 * $208,560, Austria $184,352" are all costs; "8000ドル(約88万円)" is one price written twice. The model judges
 * each amount alone and may drop the later ones, or read the far end of a cost's move, with no cost word
 * beside it, as a price; or read the price a cost is set against, with the cost word a clause before it,
 * as a cost.
 */

import type { Amounts } from './amounts';
import type { Events } from './events';
import { approxUsd } from './plausibility';
import {
  C_AGG,
  C_CHANGE,
  C_CHANGE_VERB,
  C_CLAUSE,
  C_CONJ,
  C_FEE,
  C_HOLDING,
  C_OTHER,
  C_PRICE_NOUN,
  C_SENTENCE,
  C_UNIT,
  C_VERB,
  COST_CUES,
  categorySet,
  type PriceMatch,
} from './types';

// "versus", "while", "mientras" set one amount against another: no list.
const BREAKS = categorySet([
  C_OTHER,
  C_AGG,
  C_FEE,
  C_CHANGE,
  C_CHANGE_VERB,
  C_CONJ,
  C_SENTENCE,
  C_UNIT,
  C_HOLDING,
]);

// "8000ドル(約88万円)", "$70,000 (€64,500)", "41,609 डॉलर यानी 33,44,227 रुपये": the same worth in
// another currency, in brackets or after "or", "that is", perhaps "about".
const CONVERSION =
  /^\s*(?:[(（]|,?\s*(?:or|ou|o|oder|soit|of|или|yani|यानी|즉|i\.e\.)\s)\s*(?:(?:about|around|approximately|roughly|nearly|almost|some|circa|cerca de|quase|casi|unos|unas|environ|près de|etwa|rund|ca\.|около|почти|yaklaşık|करीब|लगभग|약|約|约|大约|大約|ongeveer|bijna|quasi|zo'n)\s*)?$/iu;

/** The same worth written in two currencies ("$70,000 (€64,500)"), within a factor of 2.5 at rough rates. */
function isConversion(
  text: string,
  prev: PriceMatch,
  m: PriceMatch,
  usdPer?: Record<string, number>,
): boolean {
  if (m.start - prev.end > 24 || !CONVERSION.test(text.slice(prev.end, m.start))) return false;
  const a = approxUsd(prev.value, prev.currency, usdPer);
  const b = approxUsd(m.value, m.currency, usdPer);
  return a !== null && b !== null && b > a / 2.5 && b < a * 2.5;
}

// "dropped to about $77,000 from $90,000", "caiu de US$ 20 mil para cerca de US$ 13 mil", "fra $ 52000 i
// Q4 2024 til $ 64000": the two ends of a move from one level to another (tests/unit/detect/real/dev:
// en-generallink-top.ts, pt-infomoney-com-br.ts, no-no-beincrypto-com.ts).
const FROM_TO = new Set(
  'from to de para a à da dari menjadi ke fra til van naar tot von auf bis от до с hasta desde al au'.split(
    ' ',
  ),
);
const MOVE_GAP = (1 << C_VERB) | (1 << C_CLAUSE);
const WORD = /[\p{L}]+/gu;

/** Whether a word of `gap` says "from" or "to". */
function fromTo(gap: string): boolean {
  for (const [w] of gap.toLowerCase().matchAll(WORD)) if (FROM_TO.has(w)) return true;
  return false;
}

// A cost cue or a sentence's end between two amounts: the later one may be a cost of its own.
const COST_OR_END = COST_CUES | (1 << C_SENTENCE);

/**
 * A price noun and no cost cue between two amounts read as costs: "mining one Bitcoin costs $46,291.24,
 * 35% higher than the average daily price of 1 BTC ($30,090.08)" compares the cost with a price
 * (tests/unit/detect/real/dev: en-svlook-com.ts, fr-cryptoview-io.ts, en-theblock-co-m.ts).
 */
function priceAfterCost(all: Events, from: number, to: number): boolean {
  let noun = false;
  for (let e = from; e < to; e++) {
    const c = all.cat[e]!;
    if ((COST_OR_END >> c) & 1) return false;
    if (c === C_PRICE_NOUN) noun = true;
  }
  return noun;
}

/**
 * Give amount i the kind of amount i-1 when both are alike and nothing between says otherwise; the
 * same worth in two currencies takes the surer reading of the two; a cost's later peer across a price
 * noun is a price.
 */
export function shareListKinds(
  out: PriceMatch[],
  a: Amounts,
  all: Events,
  at: Int32Array,
  text: string,
  usdPer?: Record<string, number>,
): void {
  for (let i = 1; i < out.length; i++) {
    const m = out[i]!;
    const prev = out[i - 1]!;
    // The price a cost is set against, read as a cost or, beside the cost's size, as "other" (a signed
    // amount stays a move).
    const againstCost =
      m.kind === 'btc_cost' ||
      (m.kind === 'other' &&
        !a.signed[i] &&
        m.currency === prev.currency &&
        m.value > prev.value / 3 &&
        m.value < prev.value * 3);
    if (prev.kind === 'btc_cost' && againstCost && m.start - prev.end <= 120) {
      if (priceAfterCost(all, at[i - 1]! + 1, at[i]!)) {
        out[i] = { ...m, kind: 'btc_price', confidence: m.kind === 'other' ? prev.confidence : m.confidence };
        continue;
      }
    }
    // "US$ 27 mil, ou R$ 131 mil", "$70,000 (€64,500)": one worth written twice is one reading, the
    // surer of the two ("other" is never the surer).
    if (prev.kind !== 'other' && m.currency !== prev.currency && (m.kind !== 'other' || !a.signed[i])) {
      if (isConversion(text, prev, m, usdPer)) {
        if (m.kind === 'other' || prev.confidence >= m.confidence)
          out[i] = { ...m, kind: prev.kind, confidence: prev.confidence };
        else out[i - 1] = { ...prev, kind: m.kind, confidence: m.confidence };
      }
      continue;
    }
    // A cost's level moved from or to: the other end is a cost too, however the model read it alone.
    const costMove = prev.kind === 'btc_cost' && m.kind === 'btc_price';
    // The same kind, less sure: the far end of "7600$ – 8000$ bandında" is as sure as the near one
    // (tests/unit/detect/lists.test.ts).
    const unsure = m.kind === prev.kind && m.confidence < prev.confidence;
    if ((m.kind !== 'other' && !costMove && !unsure) || prev.kind === 'other' || a.signed[i]) continue;
    if (m.start - prev.end > 48 || !(m.value > prev.value / 2.5 && m.value < prev.value * 2.5)) continue;
    let broken = false;
    // Between the ends of a move only prepositions and commas: "against a price of $40,000" is no move.
    const breaks = costMove ? ~MOVE_GAP : BREAKS;
    for (let e = at[i - 1]! + 1; e < at[i]! && !broken; e++) broken = ((breaks >> all.cat[e]!) & 1) === 1;
    if (broken) continue;
    if (unsure) out[i] = { ...m, confidence: prev.confidence };
    else if (!costMove || fromTo(text.slice(prev.end, m.start))) out[i] = { ...m, kind: prev.kind };
  }
}

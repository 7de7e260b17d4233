/**
 * Sums that are never the price of one coin (labelling rule: tests/unit/detect/real/README.md, purchases
 * and whatever is no per-coin level are "other"): an amount followed by "worth" ("I bought £10,000 worth of
 * bitcoin", "cashing in £15,000 worth"; "bitcoin worth $20" puts the word before it) or by "in bitcoin"
 * ("$100 in Bitcoin", "1 000 euros en bitcoin"), an amount beside a tax allowance ("het heffingsvrij
 * vermogen … € 57.000"), and what a stake came to ("my £10,000 investment is now worth £30,000").
 */

import type { Events } from './events';
import { sentenceStart } from './sentence';
import { C_PER_COIN, C_PRICE_NOUN } from './types';

const WORTH_AFTER = /^[\s\u00a0]+worth\b/i;
// "$100 in Bitcoin", "1 000 euros en bitcoin", "100 Euro in Bitcoin investiert", "€ 500 nel Bitcoin".
const INTO_COIN =
  /^[\s\u00a0]+(?:in|into|en|em|nel|nei|dans)[\s\u00a0]+(?:(?:the|el|los|le|les|o|os|den|die|het|il|la)[\s\u00a0]+)?(?:bitcoin|btc|crypto)/i;
// The first two letters those words start with ("in", "en", "em", "ne", "da"), lowercased: the regex
// runs only after them.
const INTO_HEADS = new Set([0x696e, 0x656e, 0x656d, 0x6e65, 0x6461]);
const head = (s: string, at: number): number => ((s.charCodeAt(at) | 32) << 8) | (s.charCodeAt(at + 1) | 32);

/**
 * Whether "worth" or "in bitcoin" follows the amount ending at `end`.
 * @example isSumWorth('I bought £10,000 worth of bitcoin.', 16) // true
 */
export const isSumWorth = (s: string, end: number): boolean =>
  ((s.charCodeAt(end + 1) | 32) === 0x77 && WORTH_AFTER.test(s.slice(end, end + 8))) ||
  (INTO_HEADS.has(head(s, end + 1)) && INTO_COIN.test(s.slice(end, end + 24)));

// Tax allowances and thresholds: "heffingsvrij vermogen … € 57.000", "Freibetrag von 1.000 Euro", "met een
// fiscale partner: € 114.000", the wealth tax's brackets (dev: nl-bitcoinhelper-nl.ts, nl-bcoin-nl.ts).
// Read on the lowercased text (classify.ts), so no case flag: the scan runs for every Bitcoin reading.
const ALLOWANCE =
  /heffingsvrij|belastingvrij|vrijstelling|box 3|vermogensbelasting|fiscaa?le? partner|onbelast|freibetrag|freigrenze|steuerfrei|franchigia|esenzion|allowance|tax-free|exempt|非課税|공제|isenção|isento|exento|exención|abattement/;

/** Whether a tax allowance is named within 80 characters before the amount or 40 after it; `s` is lowercased. */
export const isAllowance = (s: string, start: number, end: number): boolean =>
  ALLOWANCE.test(s.slice(Math.max(0, start - 80), end + 40));

// What someone's coins or stake came to: "my initial £10,000 investment is now worth about £30,000"
// (en-dailymail-co-uk.ts), "today those coins would be worth $182,275" (en-thenextweb-com.ts), "silloinen
// tonnin sijoitus olisi nyt noin 8000 dollarin arvoinen" (fi-tivi-fi.ts). Read on lowercased text.
const STAKE =
  /\b(?:investment|invested|investing|inleg|sijoitu\S*|investimento|inversión|investissement|investition|portfolio|portefeuille|portafoglio|stash|holdings?|position|account|(?:those|these|your|my|his|her|their|the) (?:coins|bitcoins))\b/;
const WORTH_BEFORE = /\b(?:worth|waard|wert|vale|valdría|varrebbe|vaut|vaudrait|valeur de|value)\b/;
const WORTH_NEXT = /^\s*(?:\S+\s+)?(?:arvoinen|waard|wert|worth)\b/;

/**
 * Whether the amount at event `p` ([start, end) in lowercased `s`) is what a stake came to: a stake named
 * earlier in its sentence (within 120 characters), no price noun or "per coin" between, and "worth" within
 * 30 characters before the amount or right after it.
 * @example // 'my £10,000 investment is now worth £30,000': true for "£30,000"
 */
export function isStakeWorth(s: string, all: Events, p: number, start: number, end: number): boolean {
  // "Worth" first: most amounts have none near them, and the stake's search reads the whole sentence.
  const before = WORTH_BEFORE.exec(s.slice(Math.max(0, start - 30), start));
  const next = WORTH_NEXT.test(s.slice(end, end + 24));
  if (!before && !next) return false;
  const from = sentenceStart(all, p, Math.max(0, start - 120));
  const stake = STAKE.exec(s.slice(from, start));
  if (!stake) return false;
  const at = from + stake.index;
  // "Worth" before the amount counts only after the stake's name.
  if (before && !next && Math.max(0, start - 30) + before.index < at) return false;
  for (let e = p - 1; e >= 0 && all.pos[e]! >= at; e--)
    if (all.cat[e] === C_PRICE_NOUN || all.cat[e] === C_PER_COIN) return false;
  return true;
}

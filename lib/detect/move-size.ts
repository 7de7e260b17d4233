/**
 * "Bitcoin dropped nearly $2,300 to $32,300": an amount right after a move verb, followed by "to" and a
 * level at least twice it in the same currency, is the size of the move, not a level (labelling rule:
 * tests/unit/detect/real/README.md, changes are "other"; modelled on fool.com.au in the dev split).
 * "Rose from $60,000 to $65,000" is not one: "from" stands between the verb and the amount.
 */

import type { Amounts } from './amounts';
import type { Events } from './events';
import { wordEndingAt } from './text';
import { C_CHANGE, C_VERB } from './types';
import { TIME_WORDS } from './word-sets';

/** "about", "nearly", "more than" and their kin, which may stand between a move and its size. */
const ABOUT = [
  'nearly|almost|about|around|some|roughly|over|more than|rund|etwa|fast|über|mehr als|près de|environ|plus de',
  'casi|cerca de|quase|quasi|circa|più di|ruim|bijna|более|почти|około|prawie',
  // "caiu mais de US$ 1.500" (pt-portaldobitcoin-uol-com-br.ts), "فقدت حوالي 19,000 دولار" (ar-mudawel-com.ts).
  'mais de|más de|oltre|menos de|meno di|حوالي|نحو|περίπου',
].join('|');
const OF_WORDS = 'of|von|de|di|van|от';
/** "to" before the level a move reached ("fell $2,300 to $32,300", "de 69 000 à 60 000"). */
const TO_WORDS = 'to|auf|bis|à|a|naar|tot|до|para|hasta|até|fino a';
/** "by" between a move verb and its size ("fiel um", "daalde met", "упал на", "spadła o"). */
const BY = 'by|um|met|di|o|на|de|κατά|بمقدار';
const WS = '[\\s\\u00a0]+';

/** Verbs that move a price, past tense and participles: both rules below read the same list. */
const MOVE_VERBS = [
  'fell|dropped|dipped|slid|slipped|rose|climbed|jumped|gained|surged|declined|increased|decreased|fallen',
  'risen|grown|grew|lost|shed|added|soared|tumbled|plunged|slumped|rallied|rebounded|recovered|advanced|spiked',
  'reculé|progressé|baissé|augmenté|chuté|grimpé|bondi|plongé|dégringolé|gagné|perdu|monté|glissé|cédé|avancé|diminué',
  'sceso|salito|calato|aumentato|diminuito|crollato|balzato|cresciuto|perso|guadagnato|scivolato',
  'perdió|ganó|cayó|subió|bajó|perdido|ganado|caído|subido|bajado|perdeu|ganhou|caiu|subiu|recuou|avançou',
  'fiel|stieg|sank|sackte|kletterte|legte|verlor|gewann|gab|verteuerte|verbilligte|büßte',
  'daalde|steeg|zakte|klom|verloor|won|kelderde',
  'упал|упала|вырос|выросла|подорожал|подешевел|снизился|снизилась|поднялся|поднялась|опустился|прибавил|потерял',
  'spadł|spadła|wzrósł|wzrosła|zdrożał|potaniał|zyskał|stracił',
  // Greek, Arabic and Hungarian, whose pages in the corpus write the move's size right after the verb
  // ("ανέκαμψε κατά $1.600", el-laimitomos-com.ts; "ugrott 3000 dollárt", hu-kriptoakademia-com.ts).
  'ανέκαμψε|έπεσε|ανέβηκε|υποχώρησε|κέρδισε|έχασε|σημείωσε άνοδο|σημείωσε πτώση',
  'فقدت|فقد|خسرت|خسر|ارتفعت|ارتفع|انخفضت|انخفض|تراجعت|تراجع|قفزت|قفز|ربحت|ربح',
  'ugrott|esett|zuhant|emelkedett|nőtt|csökkent|gyarapodott|veszített',
].join('|');

const MOVE_VERB_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${MOVE_VERBS})${WS}(?:(?:${BY}|as much as|zo'n|${ABOUT})${WS})*$`,
  'iu',
);

// Between the move and the level: an optional percentage ("$5,000, or 8%,"), then "to" and at most
// three short words ("to a record", "auf ein neues Hoch von").
const TO_LEVEL = new RegExp(
  `^(?:,?[\\s\\u00a0]*(?:or|oder|ou|o|of|soit)?[\\s\\u00a0]*[\\d.,]+[\\s\\u00a0]?%,?)?[\\s\\u00a0]*(?:${TO_WORDS})${WS}(?:[\\p{L}'’-]{1,10}${WS}){0,3}$`,
  'iu',
);

/**
 * Whether amount i is the size of a move to the level written right after it.
 * @example
 * // With a = findAmounts(...) of 'Bitcoin fell $2,300 to $32,300.': isMoveSize(s, a, 0) === true
 */
export function isMoveSize(s: string, a: Amounts, i: number): boolean {
  const next = i + 1;
  if (next >= a.n || a.currency[next] !== a.currency[i] || !(a.value[next]! >= 2 * a.value[i]!)) return false;
  const gap = a.start[next]! - a.end[i]!;
  if (gap > 48 || !TO_LEVEL.test(s.slice(a.end[i], a.start[next]))) return false;
  return MOVE_VERB_BEFORE.test(s.slice(Math.max(0, a.start[i]! - 40), a.start[i]));
}

// "a historic $10,000 flash crash", "a $2,000 rally": a move noun right after the amount, or after one
// of these words; "a drop of $4,000", "ein Kurssturz von 8.000 Dollar": right before it, through "of".
// Any other word between may start a new phrase ("118 bin dolara kadar yükseliş", "$16,3 тыс. и потери").
const NOUN_AFTER =
  /^[\s\u00a0-]*(?:(?:flash|intraday|overnight|sudden|sharp|historic|record|daily|weekly|monthly|price)[\s\u00a0-]+)?$/i;
const NOUN_OF_BEFORE = new RegExp(
  `^[\\s\\u00a0]+(?:${OF_WORDS})[\\s\\u00a0]+(?:(?:más de|mais de|oltre|около|${ABOUT})[\\s\\u00a0]+)?$`,
  'iu',
);
const OF = new RegExp(`^(?:${OF_WORDS})$`, 'i');
// "la caída de 69.000 a 60.000 dólares" names where a move went, from one level to another.
const FROM_TO = new RegExp(`^[\\s\\u00a0]*(?:${TO_WORDS})[\\s\\u00a0]`, 'iu');

/**
 * Whether the amount at all[p] (amount i, text [start, end)) names the size of a move by a noun.
 * @example // 'Bitcoin saw a $4,000 drop.': the event after "$4,000" is "drop", a change: true
 */
export function isMoveNamed(s: string, all: Events, p: number, a: Amounts, i: number): boolean {
  const start = a.start[i]!;
  const end = a.end[i]!;
  const after = p + 1;
  if (after < all.n && all.cat[after] === C_CHANGE && NOUN_AFTER.test(s.slice(end, all.pos[after])))
    return true;
  let before = p - 1;
  // "von" is itself a keyword (a price preposition): look past it to the noun.
  if (before > 0 && all.cat[before] === C_VERB && OF.test(s.slice(all.pos[before], all.end[before])))
    before--;
  if (before < 0 || all.cat[before] !== C_CHANGE || !NOUN_OF_BEFORE.test(s.slice(all.end[before], start)))
    return false;
  return !(i + 1 < a.n && FROM_TO.test(s.slice(end, a.start[i + 1])));
}

// "a reculé de 700 dollars", "fiel um 700 Dollar", "упал на 700 долларов", "verlor seitdem 8.000 Dollar",
// "ha perdido 5.000 dólares": a move verb, at most a word of time and the word for "by", then the amount
// is the size of the move (dev: fr-datanews-levif-be.ts); a level follows a preposition instead ("fell
// to", "cayó a", "fiel unter"). French "de" is also "from" ("a chuté de 69 000 à 60 000 dollars"): a "to"
// and a second amount after it undo it.
const SINCE = [...TIME_WORDS].join('|');
/** The last word of each way MOVE_BY_BEFORE may end. */
const BY_LAST = new Set(
  [MOVE_VERBS, SINCE, BY, ABOUT]
    .join('|')
    .split('|')
    .map((w) => w.slice(w.lastIndexOf(' ') + 1).toLowerCase()),
);
// The "by" group is 1: without it, the amount stands right after the verb.
const MOVE_BY_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${MOVE_VERBS})${WS}(?:(?:${SINCE})${WS})?(?:(${BY})${WS})?(?:(?:${ABOUT})${WS})?$`,
  'iu',
);

/**
 * Whether amount i is the size of a move, right after a move verb or its "by" ("Bitcoin a reculé de 700
 * dollars", "Bitcoin verlor seitdem 8.000 Dollar").
 * @example // 'Bitcoin fiel um 700 Dollar.': true; 'Bitcoin a chuté de 69 000 à 60 000 dollars.': false
 */
export function isMoveBy(s: string, a: Amounts, i: number, ratio: number): boolean {
  const start = a.start[i]!;
  // The regex only where the word before the amount could end it: ~19,000 amounts per 2 MB of prose.
  const m = BY_LAST.has(wordBefore(s, start))
    ? MOVE_BY_BEFORE.exec(s.slice(Math.max(0, start - 48), start))
    : null;
  // Right after the verb, a move is a part of the price: "Bitcoin has lost $60,000" near that spot lost a
  // level (en-u-today.ts), but "Bitcoin lost over 18,000 in November" (en-theafrica-co-za.ts) is a move,
  // a quarter of spot; "has risen by $60,576 over the past year" says it is a move.
  if (!m || (m[1] === undefined && ratio >= 0.5)) return false;
  const end = a.end[i]!;
  return !FROM_THEN_TO.test(s.slice(end, end + 64));
}

// "caiu de US$ 114.163 para fechar próximo de US$ 111.931", "ha caído de casi 68.000 dólares (unos 65.000
// euros) a poco más de 30.000" (pt-criptofoco-com-br.ts, es-lne-es.ts): "de" was "from", a "to" follows
// in the clause, then an amount.
const FROM_THEN_TO = new RegExp(
  `^(?:[^.;!?]|\\.(?=\\d)){0,40}?[\\s(](?:${TO_WORDS})${WS}(?:[\\p{L}'’]{1,10}${WS}){0,3}(?:[$€£¥]|(?:us|r|c|a)\\$|\\p{N})`,
  'iu',
);

/** The word that ends right before `at`, past up to two spaces, lowercased ("" when none). */
function wordBefore(s: string, at: number): string {
  let end = at;
  while (end > at - 2 && end > 0 && (s[end - 1] === ' ' || s[end - 1] === '\u00a0')) end--;
  return end === at ? '' : wordEndingAt(s, end).toLowerCase();
}

// "equivalent to minus £33,608" (en-uk-news-yahoo-com.ts): the lexicon's change verb "minus" right before the
// amount, a feature the trees weigh, made a rule.
const MINUS_BEFORE = /(?:^|[^\p{L}])minus[\s\u00a0]+$/iu;

/**
 * Whether the word "minus" stands right before the amount starting at `start`: a loss, written out.
 * @example isMinusWord('you would have lost 66.1%, equivalent to minus £33,608.', 47) // true
 */
export const isMinusWord = (s: string, start: number): boolean =>
  s.charCodeAt(start - 1) === 32 &&
  (s.charCodeAt(start - 2) | 32) === 0x73 &&
  MINUS_BEFORE.test(s.slice(Math.max(0, start - 7), start));

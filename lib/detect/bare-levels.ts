/**
 * Bare numbers a reader takes as a Bitcoin level with its currency left out (labelling rule:
 * tests/unit/detect/real/README.md, "a number in thousands that a reader takes as a Bitcoin level").
 * collect.ts asks only where the block or its context (heading, title) names Bitcoin; the amount gets
 * the currency of the amount before it, dollars when none, and the model still decides whether it is a
 * price.
 */

import { parseAt, parsedAlt } from './number-shape';
import { RANGE } from './range-words';

// "back over 95k", "being 170k", "passé la barre des 100k", "дойдёт до 200 тысяч": a number in
// thousands at a level Bitcoin trades at, unless a noun follows it ("100k followers", "10 mil
// personas"); a word that only says when or where ("back over 95k by end of month", "les 100K avant
// 2026", "46k within months") leaves it a level.
const BARE_LEVEL_END = /^[\s"'“”«»)]*(?:$|[^\p{L}\p{N}\s]|(\p{L}+)(?![\p{L}\p{N}]))/u;
const LEVEL_NEXT = new Set(
  [
    'by in within before after until as is was again soon next this then now today or and on to',
    'level mark area zone en avant après dans et ou antes después para hasta hoy como bis vor nach',
    'im und oder ist heute entro prima dopo oggi em depois até hoje voor na tegen vandaag',
    // "the run up to 20k that saw…", "BTC 69k with different energy", "the magic 100K line", "at 88k per
    // coin", "das 30k Territorium" (dev: en-asterinetechnology-com.ts, en-elitetrader-com.ts).
    'that which with per line territory territorium where when while but',
    // "visit the 25–28k range", "bounce off 100k support" (dev: en-songsari-medium-com.ts).
    'range region support resistance',
  ]
    .join(' ')
    .split(' '),
);

// A level's preposition right before the number: "fall to 4k", "trading at just over 4k".
const LEVEL_BEFORE = /(?:^|[^\p{L}])(?:to|at|over|above|below|under|near|around|past)[\s\u00a0]+$/u;

/**
 * "back over 95k": a bare number in thousands ("k", "mil", "тысяч") worth 10,000 to a million, or a
 * thousand or more after a level's preposition ("saw Bitcoin fall to 4k": en-asterinetechnology-com.ts).
 */
export function levelInThousands(
  s: string,
  numStart: number,
  numEnd: number,
  mult: number,
  end: number,
): boolean {
  if (mult !== 1e3) return false;
  const v = Number(s.slice(numStart, numEnd).replace(',', '.')) * mult;
  const level =
    v >= 1e4 ? v < 1e6 : v >= 1e3 && LEVEL_BEFORE.test(s.slice(Math.max(0, numStart - 12), numStart));
  const next = level ? BARE_LEVEL_END.exec(s.slice(end, end + 16)) : null;
  return next !== null && (next[1] === undefined || LEVEL_NEXT.has(next[1].toLowerCase()));
}

// What may qualify a level noun between it and the number: "la soglia psicologica dei 4000"
// (dev: it-smartcityexhibition-it.ts), "Kluczowe poziomy", "the key level of".
const LEVEL_ADJECTIVES = [
  'psycholog\\p{L}*|psicol[oó]gic\\p{L}*|key|clave|chiave|chave|kluczow\\p{L}*|cl[ée]|critic\\p{L}*|cr[ií]tic\\p{L}*',
  'important\\p{L}*|wichtig\\p{L}*|major|next|nächste\\p{L}*|próxim\\p{L}*|prossim\\p{L}*|prochain\\p{L}*',
].join('|');

// A level noun of chart talk or headlines, then at most two short words, then the number: "la
// resistencia de 26.500" (dev: es-bitfinanzas-com.ts), "a quota 8.000" (it-it-tradingview-com.ts), "la
// barre des 40000", "avec un cours à 77 000"; "die 100.000er-Marke" is not one (the noun follows). Stems
// cover the inflections.
const LEVEL_NOUN = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'resistance|support|level|mark|barrier|threshold|floor|ceiling|price|prix|cours|precio|preço|prezzo|kurs|koers|курс[а-я]*|cena|fiyat[a-zçğıöşü]*',
    'resistencia|soporte|nivel|marca|barrera|umbral|cota|zona',
    'resistência|suporte|nível|barreira|patamar',
    'resistenza|supporto|livello|quota|soglia|barriera|area',
    'résistance|niveau|barre|seuil',
    'widerstand|unterstützung|marke|schwelle',
    'weerstand|steun|grens|dollargrens',
    'уровн[а-я]*|отметк[а-я]*|сопротивлени[а-я]*|поддержк[а-я]*|рубеж[а-я]*',
    'seviye[a-zçğıöşü]*|direnç|destek',
    'poziom[a-ząćęłńóśźż]*|opór|opor[a-ząćęłńóśźż]*|wsparci[a-ząćęłńóśźż]*',
    'kisaran|سطح|حمایت|مقاومت|مستوى|الدعم|المقاومة',
  ].join(
    '|',
  )})(?:s|es|en|n|e|i)?:?[\\s\\u00a0]+(?:(?:[\\p{L}'’]{1,5}|${LEVEL_ADJECTIVES})[\\s\\u00a0]+){0,2}[~≈]?$`,
  'u',
);
/** Words after the number that make it a count or an index level, not a price ("26.500 puntos"). */
const COUNTS =
  /^(?:btc|bitcoin|coin|point|punt|pts|pkt|pont|puan|пункт|eh|th|ph|block|bloque|unit|unidad|sat|stuk|stück|pezz|adet)/;

const notACount = (s: string, end: number): boolean => {
  const next = BARE_LEVEL_END.exec(s.slice(end, end + 16));
  return next !== null && (next[1] === undefined || !COUNTS.test(next[1].toLowerCase()));
};

/** A bare number read with its separators grouping digits where they may ("26.500", "26,500"). */
function groupedValue(s: string, from: number, to: number): number {
  const v = parseAt(s, from, to, ',');
  return parsedAlt > v ? parsedAlt : v;
}

/**
 * A bare number of four characters or more right after a level noun ("resistencia de 26.500") worth a
 * thousand to a million, with no word after it that makes it a count or an index level.
 * @example levelAfterNoun('la resistencia de 26.500.', 'la resistencia de 26.500.', 18, 24) // true
 */
export function levelAfterNoun(s: string, lower: string, numStart: number, numEnd: number): boolean {
  if (numEnd - numStart < 4) return false;
  const value = groupedValue(s, numStart, numEnd);
  if (!(value >= 1e3 && value < 1e6)) return false;
  if (numEnd - numStart === 4 && value >= 1990 && value < 2040) return false; // "the level of 2021"
  return LEVEL_NOUN.test(lower.slice(Math.max(0, numStart - 40), numStart)) && notACount(s, numEnd);
}

// Digits grouped in thousands by one mark, cents at most: "33 000", "62,000", "1 000,00". A year or a
// plain count is not written so, nor a widget's "7,529.000".
const GROUPED = /^\d{1,3}([ \u00a0\u202f.,'’])\d{3}(?:\1\d{3})*(?:[.,]\d{1,2})?$/;

/**
 * A bare number grouped in thousands, within 3.5× of the marked amount before it in its block (numbers
 * [peerStart, peerEnd) times peerMult), with at most a level's word after it: "sous les 80 000 dollars
 * pour atterrir à 77 000", "12.000 dollar waard, op 8 december al 18.000". A reader takes it in that
 * amount's currency; the model weighs it (the `bare` feature). Not "800 millones de dólares … 150.000
 * traders" (a count follows), nor a lone "under 33 000" with no amount before it.
 * @example groupedLevel('Bitcoin fell from 80 000 euros to 77 000.', 34, 40, 18, 24, 1) // true
 */
export function groupedLevel(
  s: string,
  numStart: number,
  numEnd: number,
  peerStart: number,
  peerEnd: number,
  peerMult: number,
): boolean {
  if (peerStart < 0 || numEnd - numStart < 5 || !GROUPED.test(s.slice(numStart, numEnd))) return false;
  const value = groupedValue(s, numStart, numEnd);
  const peer = groupedValue(s, peerStart, peerEnd) * peerMult;
  if (!(value >= 1e3 && value < 1e6 && value > peer / 3.5 && value < peer * 3.5)) return false;
  return onlyLevelAfter(s, numEnd);
}

/** Nothing after a bare level but punctuation, its end, or a level's word ("on", "ile", "altına"). */
function onlyLevelAfter(s: string, numEnd: number): boolean {
  const next = BARE_LEVEL_END.exec(s.slice(numEnd, numEnd + 16));
  if (next === null || next[1] === undefined) return next !== null;
  const word = next[1].toLowerCase();
  return LEVEL_NEXT.has(word) || RANGE.has(word) || GROUPED_NEXT.has(word) || LEVEL_WORDS_AFTER.has(word);
}
// A level's word after the number, in the languages whose words come after it: "76.000 ile 87.000
// aralığında" (dev: tr-insights-glassnode-com.ts), "BTC 110.000 altına düştü", "ylittänyt 50 000 rajan".
const LEVEL_WORDS_AFTER = new Set(
  'altına altında üstüne üstünde üzerine üzerinde seviyesine seviyesinde seviyesi aralığında aralığı civarında rajan'.split(
    ' ',
  ),
);
// What else may follow a level: "al", "del", "за", "på" (the next word of the sentence).
const GROUPED_NEXT = new Set('al del con за в на för på'.split(' '));

// A level's word right before a bare number, in the languages of the corpus: "fell below 90,000",
// "hitting 20,000", "passing the 9,000 level", "падна под 33 000", "i nærheden af 20.000".
const LEVEL_WORD_BEFORE = new RegExp(
  `(?:^|[^\\p{L}])(?:${[
    'to|at|over|above|below|under|near|around|past|hitting|hit|reached|reaching|toward|towards|from|of|the',
    'sous|sur|vers|des|les|au-dessus de|bis|auf|über|unter|von|bei|um|die|sobre|bajo|hasta|los|las|de|en|a',
    'sotto|sopra|dei|til|på|af|över|op|tot|boven|onder|naar|van|под|над|до|выше|ниже|около|pod|nad|do|ke',
  ].join('|')})[\\s\\u00a0]+$`,
  'u',
);

// "Bitcoin 63,512.75 | Ethereum 3,066.03", "BTC 110.000 altına": the coin's name labels the number.
const LABEL_GAP = /^[\s\u00a0:]+$/;

/**
 * A bare number grouped in thousands right after a level's word, in a sentence that names Bitcoin
 * before it (its mention ends at `btcEnd`, -1 for none), with at most a level's word after it; or one
 * the coin's name labels ("Bitcoin 63,512.75").
 * @example levelAfterWord('Bitcoin fell below 90,000.', 'bitcoin fell below 90,000.', 19, 25, 7) // true
 */
export function levelAfterWord(
  s: string,
  lower: string,
  numStart: number,
  numEnd: number,
  btcEnd: number,
): boolean {
  if (btcEnd < 0 || numEnd - numStart < 5 || !GROUPED.test(s.slice(numStart, numEnd))) return false;
  const value = groupedValue(s, numStart, numEnd);
  if (!(value >= 1e3 && value < 1e6)) return false;
  const label = numStart - btcEnd <= 3 && LABEL_GAP.test(s.slice(btcEnd, numStart));
  if (
    !label &&
    !LEVEL_WORD_BEFORE.test(lower.slice(Math.max(0, numStart - 16), numStart)) &&
    !LEVEL_WORDS_AFTER.has(BARE_LEVEL_END.exec(lower.slice(numEnd, numEnd + 16))?.[1] ?? '')
  )
    return false;
  return onlyLevelAfter(s, numEnd);
}

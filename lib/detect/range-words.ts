/**
 * The words between the two ends of a range or list of amounts ("60.000 und 65.000 Dollar", "between
 * 100.000 i 120.000 dolara"), and the hedges that may follow such a word ("from 60 to about 65
 * thousand dollars"). candidates.ts reads a bare end next to a marked one through them.
 */

/** What may stand between the two ends of a range. */
export const RANGE = new Set([
  '-',
  '–',
  '—',
  '~',
  '〜',
  '～',
  'to',
  'and',
  'bis',
  'und',
  'à',
  'et',
  'a',
  'y',
  'e',
  'ed',
  'al',
  'até',
  'から',
  'से',
  // Lists of levels: "6.000 en 7.000 dollar", "150.000 o 160.000 dólares", "30.385/30.624 USD", "90,000、85,000".
  'en',
  'o',
  'ou',
  'or',
  'oder',
  '/',
  '、',
  '與',
  '和',
  '及',
  'и',
  've',
  'ila',
  'ile',
  ',',
  // "de los USD 9.520 a los 10.170", "tra i 70mila e i 60mila", "von 3.600 bis auf 58.300", "от 60 до 70".
  'a los',
  'a las',
  'y los',
  'e i',
  'e os',
  'e as',
  'et les',
  'bis auf',
  'auf',
  'bis zu',
  'tot',
  'naar',
  'до',
  '到',
  '至',
  'und/oder',
  // Swedish, Norwegian/Danish, Vietnamese, Romanian, Greek, Czech/Polish, Persian, Arabic, Hebrew.
  'och',
  'og',
  'till',
  'til',
  'và',
  'și',
  'και',
  'až',
  'do',
  'تا',
  'إلى',
  'עד',
  // Persian and Arabic "and", "or" ("بین منطقه ۱۱۱۱۳ و ۱۲۲۸۳ دلار": fa-tahlilfx-com.ts in the dev split), Hindi "or".
  'و',
  'یا',
  'أو',
  'या',
  // "and", "or", "to" in Croatian/Serbian/Polish, Hungarian, Polish, Czech, Turkish, Scandinavian,
  // Finnish, Indonesian/Malay, Vietnamese, Russian/Ukrainian, Greek, Romanian: "između 100.000 i
  // 120.000 dolara" (dev: hr-monitor-hr.ts), "50 és 100 ezer dollár" (hu-index-hu.ts).
  'i',
  'ili',
  'és',
  'vagy',
  'lub',
  'albo',
  'nebo',
  'veya',
  'eller',
  'ja',
  'tai',
  'dan',
  'atau',
  'hingga',
  'sampai',
  'hoặc',
  'или',
  'або',
  'чи',
  'ή',
  'sau',
]);
/** A hedge between a range word and the far end. */
export const HEDGES = new Set(
  [
    'about around almost nearly roughly just only etwa rund fast knapp environ presque circa cerca quasi casi około prawie zaledwie nawet почти около примерно yaklaşık ongeveer bijna ruim omkring cirka noin',
    // "70 000, 50 000 vagy akár 100 000 dolláros", "til 30.000, 50.000 og til slutt 65.000 dollar":
    // "even" and "finally" before a list's last end (dev: hu-kriptotarca-hu.ts, no-resett-no.ts).
    'even finally sogar zelfs même incluso anche akár даже hatta bahkan',
  ]
    .join(' ')
    .split(' ')
    .concat('til slutt'),
);

// "von 3.600 bis auf 58.300 US-Dollar", "al pasar de 13.24 a 732 dólares", "от 1 000,00 до 40 000,00 USD":
// the words of a move from one level to another, whose ends may lie further apart than a range's
// (tests/unit/detect/formats.test.ts).
/** A range word that says "to". */
export const TO_WORDS = new Set(
  'to|bis|bis auf|auf|до|a|à|al|até|hasta|a los|tot|naar|do|ke|hingga|sampai|-|–|—'.split('|'),
);
/** "from", perhaps with a hedge, right before a number. */
export const FROM_BEFORE =
  /(?:^|[\s(])(?:from|von|de|desde|с|от|od|z|dari|từ|van|da|dal|dai|fra|från)\s+(?:(?:about|around|etwa|rund|около|примерно|około|cerca de|unos|los|les|i|gli|le)\s+)?$/i;

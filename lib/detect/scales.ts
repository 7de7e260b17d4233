/**
 * Scale words after a number: $70k, $1.2M, 1,1 Mrd., 100 mil, 2 300 milliards, ₹58 लाख, 7万3000ドル.
 */

import { CJK, readCjk } from './cjk-scales';
import { groupAfter } from './scale-groups';
import { isSpace as isSpaceImport, isThai, table, wordAt as wordAtImport } from './text';

// Local copies of the helpers called for every number: under the test runner's module wrapper each
// read of an imported binding is a getter call.
const isSpace = isSpaceImport;
const wordAt = wordAtImport;

/** Letters glued to the number ("70k", "1.2bn"). */
const GLUED: Record<string, number> = table({
  k: 1e3,
  m: 1e6,
  b: 1e9,
  t: 1e12,
  bn: 1e9,
  mn: 1e6,
  tn: 1e12,
  mm: 1e6,
});

/** Letters that may stand one space after the number too: "$71 k", "₨31.5 M" (formats.test.ts). */
const SPACED_LETTERS: Record<string, number> = table({ k: 1e3, m: 1e6, b: 1e9, bn: 1e9, mn: 1e6 });

/** Words that may follow after one space; a trailing '.' is part of abbreviations. */
const WORDS: Record<string, number> = table({});
const add = (mult: number, words: string) => {
  for (const w of words.split(' ')) WORDS[w] = mult;
};
add(
  1e3,
  'thousand tsd tausend mille mila mil हजार हज़ार тыс тысяч тысячи тысяча тысячу bin duizend tys tysiąc tysiąca tysięcy tysiące ribu ribuan ألف آلاف ' +
    // Ukrainian, Romanian, Greek, Vietnamese, Czech, Nordic, Persian, Hebrew (tests/unit/detect/languages.test.ts).
    'тис тисяч тисячі тисяча mii mie χιλιάδες χιλ nghìn ngàn tis tisíc tisíce tisíci tisících tusen tusind هزار ألفا אלף ' +
    'ezer tuhat tuhatta tuhannen tisuća tisuću tisuće hiljada hiljade хиљада хиљаде хил хиляди tisoč libo হাজার ہزار',
);
add(1e5, 'lakh lakhs lac लाख লাখ لاکھ');
add(
  1e6,
  'million millions mio mln millionen millón millones milhão milhões milione milioni मिलियन млн миллион миллиона ' +
    'миллионов milyon miljoen juta jutaan milion miliona milionów miliony مليون ملايين ' +
    'мільйон мільйона мільйонів мільйони milioane εκατ εκατομμύρια εκατομμύριο triệu milionu milionů milionech miljon miljoner millioner میلیون מיליון ' +
    'millió milliót millióra miljoona miljoonaa miljoonan milj milión milióna miliónov milijun milijuna milijon milijonov ' +
    'милион милиона милијун milyon milyong',
);
add(1e7, 'crore crores cr करोड़ करोड কোটি کروڑ');
add(
  1e9,
  'billion billions bn mrd md mds mld milliarde milliarden milliard milliards bilhão bilhões miliardo miliardi बिलियन अरब ' +
    'млрд миллиард миллиарда миллиардов milyar miljard miliar miliaran miliard miliarda miliardy miliardów مليار ' +
    'мільярд мільярда мільярдів мільярди miliarde δισ δισεκατομμύρια tỷ tỉ miliardu miliard miljarder milliarder mia میلیارد מיליארד ' +
    'milliárd milliárdot miljardi miljardia miljardin miljardiin miliárd miliárdy milijarda milijarde milijardi milijard милијарди милијарда милиарда ' +
    'милиарди bilyon ارب',
);
add(
  1e12,
  'trillion trillions bio billionen billón billones trilhão trilhões trilione trilioni bilião biliões ट्रिलियन трлн ' +
    'триллион trilyon biljoen triliun bilion biliona bilionów ' +
    'трильйон трильйона трильйонів трильйони τρισ τρισεκατομμύρια bilionu bilionů ' +
    'تريليون تريليونات טריליון billió biljoona biljoonaa trilion bilijun bilijuna bilijona',
);
const ABBREV = new Set([
  'tsd',
  'mio',
  'mrd',
  'bio',
  'mln',
  'mld',
  'md',
  'cr',
  'тыс',
  'tys',
  'млн',
  'млрд',
  'трлн',
  'тис',
  'χιλ',
  'εκατ',
  'δισ',
  'tis',
  'mia',
  'milj',
  'хил',
  'τρισ',
]);

const ROMANIAN_SCALES = new Set(['mii', 'milioane', 'miliarde']);

/** Thai scale words, glued or after one space: "2 ล้านบาท", "6.5 แสนบาท". */
const THAI: [string, number][] = [
  ['ล้านล้าน', 1e12],
  ['แสนล้าน', 1e11],
  ['หมื่นล้าน', 1e10],
  ['พันล้าน', 1e9],
  ['พัน', 1e3],
  ['หมื่น', 1e4],
  ['แสน', 1e5],
  ['ล้าน', 1e6],
];

export interface Scale {
  mult: number;
  /** Added after scaling, for compound Japanese numbers (7万3000 = 7×1e4 + 3000). */
  add: number;
  end: number;
}

/** Parse a scale after position i (just past the digits), or null. */
export function readScale(lower: string, i: number, locale: string): Scale | null {
  // Every CJK unit is at or past U+4E00: other text skips the table.
  const c = lower.charCodeAt(i);
  const cjk = c >= 0x4e00 ? CJK[lower[i]!] : undefined;
  if (cjk) return readCjk(lower, i, cjk);
  // "人民币20多万": twenty-odd ten-thousands.
  if (lower[i] === '多' && CJK[lower[i + 1] ?? '']) return readCjk(lower, i + 1, CJK[lower[i + 1]!]!);
  // "9 万美元", "8 萬 7276.7 美元": one space before the unit (and then before the next group).
  const spaced = isSpace(c) && lower.charCodeAt(i + 1) >= 0x4e00 ? CJK[lower[i + 1]!] : undefined;
  if (spaced) return readCjk(lower, i + 1, spaced, true);
  const thai = isThai(c) ? i : isSpace(c) && isThai(lower.charCodeAt(i + 1)) ? i + 1 : -1;
  if (thai >= 0)
    for (const [w, mult] of THAI)
      if (lower.startsWith(w, thai)) return { mult, add: 0, end: thai + w.length };
  if (c < 128 && !(c >= 97 && c <= 122) && c !== 32 && c !== 45) return null;
  const glued = wordAt(lower, i);
  if (glued) {
    const mult = GLUED[glued] ?? WORDS[glued];
    return mult ? finish(lower, i, glued, mult, locale) : null;
  }
  // "R1-million", "US$1.5-billion"
  if (!isSpace(lower.charCodeAt(i)) && lower[i] !== '-') return null;
  const w = wordAt(lower, i + 1);
  // Romanian puts "de" before the scale of any number from twenty on: "200 de miliarde de dolari".
  if (w === 'de' && lower[i + 3] === ' ') {
    const scale = wordAt(lower, i + 4);
    if (ROMANIAN_SCALES.has(scale)) return finish(lower, i + 4, scale, WORDS[scale]!, locale);
  }
  const mult = WORDS[w] ?? SPACED_LETTERS[w];
  return w && mult ? finish(lower, i + 1, w, mult, locale) : null;
}

function finish(lower: string, at: number, w: string, mult0: number, locale: string): Scale {
  let end = at + w.length;
  let mult = mult0;
  if (ABBREV.has(w) && lower[end] === '.') end++;
  // "1,1 nghìn tỷ USD": Vietnamese writes a trillion as a thousand billions.
  if ((w === 'nghìn' || w === 'ngàn') && lower.startsWith(' tỷ', end))
    return { mult: 1e12, add: 0, end: end + 3 };
  // Malay "bilion" is 10^9, Polish 10^12.
  if (w === 'bilion' && locale.startsWith('ms')) mult = 1e9;
  // German and French "Billion" is 10^12.
  if ((w === 'billion' || w === 'billions') && /^(de|fr|it|es|pt-pt)/.test(locale)) mult = 1e12;
  // A thousand or a lakh of a bigger scale: "mil millones" / "mil milhões" is 10^9, "1 लाख करोड़ डॉलर",
  // "88 हजार करोड़", "১ লাখ কোটি" lakhs or thousands of crores.
  if ((mult === 1e5 || mult === 1e3) && isSpace(lower.charCodeAt(end))) {
    const next = wordAt(lower, end + 1);
    const big = WORDS[next];
    if (big === 1e7 || (w === 'mil' && big === 1e6))
      return { mult: mult * big, add: 0, end: end + 1 + next.length };
  }
  return groupAfter(lower, end, w, mult, (next) => WORDS[next]) ?? { mult, add: 0, end };
}

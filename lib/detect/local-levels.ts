/**
 * A bare level written with a local scale word names its currency by that word: "करीब 85 लाख से ऊपर"
 * is rupees, "2021年末に1,000万は行く" yen, "현재는 1억대로" won, "menyentuh 300 juta" rupiah, and on a
 * Chinese page "突破8万" dollars, the currency Chinese pages quote Bitcoin in. Where the
 * block names Bitcoin and the value is a level Bitcoin trades at, such a number is read in that
 * currency (labelling rule: tests/unit/detect/real/README.md, "a number in thousands that a reader
 * takes as a Bitcoin level"), unless a noun follows it ("1000万人", "54 लाख लोग", "300 juta orang").
 */

import { ROUGH_USD } from './currency-words';
import { isSpace, wordAt } from './text';

/** Words that may follow a bare level in Hindi and Indonesian: particles, "to", "from", "at". */
const NEXT_WORDS = new Set(
  'से हो के तक पर का की को है था थी थे और या pada di dan ke untuk lalu hingga sampai dari atau'.split(' '),
);
/** Kana particles and these kanji may follow a level in Japanese or Chinese ("500万前後", "10万大关"). */
const NEXT_KANJI = '前程超突付近水左以附大关関台';
/** Korean particles and "대" ("1억대": the 100-million band) after a level. */
const NEXT_HANGUL = '대을를이가은는에선까으도로와과의쯤';

const DEVANAGARI = (c: number) => c >= 0x900 && c <= 0x97f;
const HANGUL = (c: number) => c >= 0xac00 && c <= 0xd7af;
const KANJI = (c: number) => c >= 0x4e00 && c <= 0x9fff;
const KANA = (c: number) => c >= 0x3040 && c <= 0x30ff;

/** The currency a scale word at lower[at] implies on a page in `locale`, or null. */
function currencyOfScale(lower: string, at: number, locale: string): string | null {
  const c = lower.charCodeAt(at);
  if (HANGUL(c)) return 'KRW';
  // Chinese pages quote Bitcoin in dollars ("比特币突破8万"): tests/unit/detect/real/dev/zh-*.ts.
  if (KANJI(c)) return locale.startsWith('ja') ? 'JPY' : locale.startsWith('zh') ? 'USD' : null;
  if (DEVANAGARI(c) || lower.startsWith('lakh', at) || lower.startsWith('crore', at)) return 'INR';
  if (locale.startsWith('id') && (lower.startsWith('juta', at) || lower.startsWith('miliar', at)))
    return 'IDR';
  return null;
}

/** Does what follows lower[end] leave the number a level (a particle, punctuation, the text's end)? */
function levelFollows(lower: string, end: number): boolean {
  let i = end;
  if (isSpace(lower.charCodeAt(i))) i++;
  if (i >= lower.length) return true;
  const c = lower.charCodeAt(i);
  if (KANA(c) && c < 0x30a0) return true;
  if (KANJI(c)) return NEXT_KANJI.includes(lower[i]!);
  if (HANGUL(c)) return NEXT_HANGUL.includes(lower[i]!);
  const word = wordAt(lower, i);
  return word ? NEXT_WORDS.has(word) : !/\p{N}/u.test(lower[i]!);
}

/**
 * The local currency of a bare number whose scale word starts at `scaleAt` (after one space, perhaps)
 * and ends at `end`, worth `value` with the scale applied, when it reads as a Bitcoin level; else null.
 * @example localLevel('बिटकॉइन करीब 85 लाख से ऊपर', 8500000, 15, 19, 'hi') // 'INR'
 */
export function localLevel(
  lower: string,
  value: number,
  scaleAt: number,
  end: number,
  locale: string,
): string | null {
  const currency = currencyOfScale(lower, isSpace(lower.charCodeAt(scaleAt)) ? scaleAt + 1 : scaleAt, locale);
  if (!currency) return null;
  const usd = value * ROUGH_USD[currency]!;
  return usd >= 1e3 && usd <= 5e6 && levelFollows(lower, end) ? currency : null;
}

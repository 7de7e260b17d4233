/**
 * The size of a move where no "by" is written: Korean and Japanese put the move verb right after the
 * amount ("9일 만에 2000만 원 이상 급락", "1週間で100万円駆け上がった"), Chinese and Thai right before it
 * ("上涨了1000美元", "บิตคอยน์ร่วงลง 2,404.50 ดอลลาร์"). A level takes a particle or preposition instead
 * ("8000만 원을 돌파", "100万円を割り込み", "跌至6万美元", "สู่ระดับ 54,425"), which these leave out.
 * Labelling rule: tests/unit/detect/real/README.md, changes are "other".
 */

// After the amount: at most a hedge ("more than", "about", "as much as"), then the verb's stem.
const VERB_AFTER = new RegExp(
  [
    '^[\\s\\u00a0]*(?:(?:이상|가량|정도|넘게|이나|씩|近く|ほど|以上|程度|も|余り|超)[\\s\\u00a0]*)*',
    '(?:급락|하락|상승|급등|떨어|올랐|올라|내렸|내려|빠졌|빠져|뛰었|뛰어|폭락|폭등|',
    '下落|上昇|下が|上が|値上が|値下が|急騰|急落|駆け上が|高騰|暴落|反発)',
  ].join(''),
  'u',
);
// Before the amount: the verb, then at most "了", a hedge or a space.
const VERB_BEFORE =
  /(?:上涨|下跌|暴跌|大涨|暴涨|上升|下降|回落|反弹|跌去|ร่วงลง|พุ่งขึ้น|ปรับตัวขึ้น|ปรับตัวลง|ลดลง|เพิ่มขึ้น|ดิ่งลง)(?:了|逾|超过|近|约|超)?[\s\u00a0]*$/u;

/**
 * Whether the amount at [start, end) of `s` is the size of a move, by a verb glued to it.
 * @example isMoveAsian('1週間で100万円駆け上がった', 4, 9) // true
 */
export function isMoveAsian(s: string, start: number, end: number): boolean {
  // The regexes only next to a Thai or CJK letter: most amounts in most pages have none.
  return (
    (wide(s, end, 1) && VERB_AFTER.test(s.slice(end, end + 12))) ||
    (wide(s, start - 1, -1) && VERB_BEFORE.test(s.slice(Math.max(0, start - 12), start)))
  );
}

/** Whether the first character from `at` that is not a space, stepping by `step`, is Thai or wider. */
function wide(s: string, at: number, step: 1 | -1): boolean {
  let k = at;
  while (s[k] === ' ' || s[k] === '\u00a0') k += step;
  return (s.charCodeAt(k) || 0) >= 0x0e00;
}

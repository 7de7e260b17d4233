import { describe, expect, it } from 'vitest';
import { isMoveAsian } from '../../../lib/detect/move-asian';
import { at, kindOf } from './amount-at';

describe('a move verb glued to the amount, with no "by"', () => {
  it('makes the amount the size of a move (dev: ko-news-tf-co-kr.ts, ja-jp-cointelegraph-com.ts, th-ryt9-com.ts)', () => {
    expect(kindOf('비트코인은 불과 9일 만에 2000만 원 이상 급락한 것이다.', '2000만 원', 'ko')).toBe('other');
    expect(kindOf('ビットコインは1週間で100万円駆け上がった計算だ。', '100万円', 'ja')).toBe('other');
    expect(kindOf('比特币价格今日上涨了3000美元。', '3000美元', 'zh')).toBe('other');
    expect(kindOf('บิตคอยน์ร่วงลง 2,404.50 ดอลลาร์ หรือ 4.23% สู่ระดับ 54,425.50 ดอลลาร์', '2,404.50', 'th')).toBe(
      'other',
    );
  });

  it('leaves a level alone: a particle or preposition says where the price went', () => {
    expect(isMoveAsian(...at('비트코인은 지난 14일 8000만 원을 돌파했다.', '8000만 원'))).toBe(false);
    expect(isMoveAsian(...at('ビットコインは一時100万円を割り込みました。', '100万円'))).toBe(false);
    expect(isMoveAsian(...at('比特币跌至60000美元。', '60000美元'))).toBe(false);
    expect(isMoveAsian(...at('บิตคอยน์ร่วงลงสู่ระดับ 54,425.50 ดอลลาร์', '54,425.50 ดอลลาร์'))).toBe(false);
  });
});

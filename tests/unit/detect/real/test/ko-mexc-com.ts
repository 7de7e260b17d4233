import { p, type RealCase } from '../labels';

// Exchange learn article (Korean) on past halvings: levels written "12달러", "225달러" and "$1242"
// (sign before, no grouping) in the same paragraph.
export const cases: RealCase[] = [
  {
    url: 'https://www.mexc.com/ko-KR/learn/article/what-is-bitcoin-halving-/1',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인 반감기란 무엇인가요?',
    blocks: [
      '첫 번째 비트코인 반감기는 2012년 11월 28일에 있었습니다. 반감기 전 비트코인은 개당 12달러에 거래됐고, 블록 보상은 50 BTC에서 25 BTC로 줄었습니다. 반감기는 시장에 열기를 불러와 가격을 225달러까지 끌어올렸고, 이후 100배 넘게 올라 $1242까지 치솟았습니다.',
      '두 번째 반감기는 2016년 7월 10일로, 블록 보상이 25 BTC에서 12.5 BTC로 줄었습니다. 당시 비트코인 가격은 647달러 수준이었습니다.',
    ],
    expect: [p('12달러', 12), p('225달러', 225), p('$1242', 1242), p('647달러', 647)],
  },
];

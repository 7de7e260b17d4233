import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tokenpost.kr/amp/news/breaking/245873',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인, 사상 첫 10만 2천 달러 돌파',
    blocks: [
      '비트코인 가격이 8일(현지시간) 처음으로 10만 2천 달러를 넘어섰다. 현물 ETF 거래 증가와 금융기관의 투자 확대가 상승을 이끌었다는 분석이다.',
    ],
    expect: [p('10만 2천 달러', 102000)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kh-park.tistory.com/category?page=73',
    lang: 'ko',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      '비트코인이 연일 사상 최고치를 새로 쓰자 다시 시장의 관심이 모이고 있습니다. 증권가에서는 한때에 그칠 것이라는 반응과 이번에는 상승 근거가 있다는 분석이 엇갈립니다.',
      '2일 CNBC 등에 따르면 지난달 30일(현지 시간) 비트코인 가격은 한때 전일보다 9% 오른 1BTC(비트코인 단위)당 1만 9,668달러(약 2,178만 원)를 기록하며 2017년에 세운 역대 최고가를 넘어섰습니다. 9월 초만 해도 1만 달러 수준에 불과하던 1BTC당 가격이 석 달 만에 두 배 가까이 뛰었습니다.',
    ],
    expect: [p('1만 9,668달러', 19668), p('2,178만 원', 21780000, 'KRW'), p('1만 달러', 10000)],
  },
];

import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.techflowpost.com/ko-KR/newsletter/107709',
    lang: 'ko',
    tags: ['cost', 'prose'],
    title: 'TechFlow 소식: 비트코인 1개 채굴 현금 비용 74,600달러',
    blocks: [
      'TechFlow 소식, 12월 7일 CryptoRank.io 자료에 따르면 비트코인 한 개를 캐는 데 드는 평균 현금 비용은 74,600달러이며, 감가상각과 주식 기반 보상까지 더한 총비용은 137,800달러에 달한다.',
    ],
    expect: [c('74,600달러', 74600), c('137,800달러', 137800)],
  },
];

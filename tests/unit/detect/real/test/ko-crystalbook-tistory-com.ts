import { o, type RealCase } from '../labels';

// Korean personal blog on the cost of mining Bitcoin: the only amount is a mining-rig price in won
// written as a bare scale word ("천만 원"), an equipment price (other), not a per-coin cost.
export const cases: RealCase[] = [
  {
    url: 'https://crystalbook.tistory.com/67?category=1106812',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인 채굴 비용 분석',
    blocks: [
      '비트코인 채굴에는 생각보다 많은 비용이 들고, 이를 잘 이해하지 않으면 손해를 볼 수 있어요.',
      {
        text: 'ASIC은 비트코인 채굴을 위해 특별히 설계된 장비로 가격이 비싸요. 최신 ASIC 모델은 장당 수백만 원에서 천만 원을 넘기도 해요.',
        heading: '1.1 ASIC 채굴기',
      },
    ],
    expect: [o('천만 원', 1e7, 'KRW')],
  },
];

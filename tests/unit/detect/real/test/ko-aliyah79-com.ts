import { o, p, type RealCase } from '../labels';

// Korean personal-finance blog: one investor's case, a BTC level in won and the loan, stake, loss and interest.
export const cases: RealCase[] = [
  {
    url: 'https://aliyah79.com/2677/%eb%8f%88%ed%85%8c%ed%81%ac',
    lang: 'ko',
    tags: ['forum', 'prose', 'format'],
    title: '수익보다 손실 관리가 먼저다: 비트코인 투자 후회 공통점 7가지',
    blocks: [
      {
        text: '비트코인 투자 후회 사례 중 가장 빈번하게 등장하는 패턴은 전액 투자입니다. 투자 가능 자금의 80% 이상을 한 번에 비트코인에 넣거나, 심지어 대출을 받아 투자하는 경우가 많습니다.',
        heading: '비트코인 투자 실패의 시작: 전액 투자와 대출 투자',
      },
      {
        text: '2024년 11월 비트코인이 1억 4천만 원을 돌파했을 때, A씨는 대출 5천만 원을 포함해 총 8천만 원을 투자했습니다. 하지만 2025년 1월 급락장이 오자 평가손실 3,360만 원이 발생했고, 매달 대출 이자 150만 원을 감당할 수 없어 결국 손절 매도를 단행했습니다.',
        heading: '실제 사례',
      },
    ],
    expect: [
      p('1억 4천만 원', 140000000, 'KRW'),
      o('5천만 원', 50000000, 'KRW'),
      o('8천만 원', 80000000, 'KRW'),
      o('3,360만 원', 33600000, 'KRW'),
      o('150만 원', 1500000, 'KRW'),
    ],
  },
];

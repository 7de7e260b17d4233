import { p, type RealCase } from '../labels';

// Korean crypto blog: a dollar level with its won equivalent in brackets, then a cost-basis zone.
export const cases: RealCase[] = [
  {
    url: 'https://xn--on3b95qqna05u.com/%EC%BD%94%EC%9D%B8%EC%A0%95%EB%B3%B4/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-10%EB%A7%8C-%EB%8B%AC%EB%9F%AC-%EB%B6%95%EA%B4%B4-%ED%88%AC%EC%9E%90%EA%B8%88-%EC%A0%88%EB%B0%98%EC%9D%B4-%EC%86%90%EC%8B%A4/',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인, 10만 달러 붕괴… 투자금 절반이 손실',
    blocks: [
      '비트코인, 10만 달러 붕괴… 투자금 절반이 손실',
      '비트코인(Bitcoin, BTC)이 심리적 지지선이던 10만 달러(약 1억 4,300만 원) 선을 내주며 시장에 충격을 주고 있다.',
      '11월 5일(현지시간) 암호화폐 데이터 분석가 체크메이트(Checkmate)는\n“비트코인이 10만 달러까지 하락하면서, 온체인 기준 전체 투자금 중 약 57%가 손실 상태에 놓였다”고 분석했다.',
      '체크메이트는 “전체 비트코인 투자금의 약 63%가 9만 5,000달러 이상 구간에서 매수된 것으로 추정된다”며\n“최근 유입된 자금이 집중된 구간이기 때문에, 가격이 하락할 경우 손실 회피 매물이 쏟아질 가능성이 높다”고 경고했다.',
    ],
    expect: [
      p('10만 달러', 100000),
      p('10만 달러', 100000),
      p('1억 4,300만 원', 143000000, 'KRW'),
      p('10만 달러', 100000),
      p('9만 5,000달러', 95000),
    ],
  },
];

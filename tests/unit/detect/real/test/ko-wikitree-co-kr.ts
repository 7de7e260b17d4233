import { p, type RealCase } from '../labels';

// Korean news: price now, a failed level, then average purchase prices of holder cohorts (all per-coin levels).
export const cases: RealCase[] = [
  {
    url: 'https://m.wikitree.co.kr/articles/1111396',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    title: '“하락 중인 암호화폐 비트코인 시장의 불안 해소시킬 가격을 알려드립니다”',
    blocks: [
      '암호화폐(가상화폐·코인) 비트코인(Bitcoin, BTC)의 가격이 크게 흔들리며 20일(한국 시각) 오후 5시 기준 9만 1100달러 초반대에서 거래 중이다.',
      '얼마 전 9만 5500달러를 넘기려 했으나, 실패한 뒤 가격이 내려가자 시장에서는 다시 하락장이 오는 것 아니냐는 걱정이 커졌다.',
      '실제 자료를 보면 코인을 산 시기에 따라 사람들이 느끼는 압박감이 다르다.',
      '최근 일주일에서 한 달 사이에 비트코인을 산 사람들의 평균 가격은 8만 9255달러로, 여전히 이익을 보고 있어 시장을 든든하게 받쳐주고 있다.',
      '반면 3개월에서 6개월 전에 코인을 산 사람들의 평균 가격은 11만 4808달러, 6개월에서 1년 전 구매자들은 10만 748달러로 지금 가격보다 훨씬 높아 손해를 보고 있는 상황이다.',
    ],
    expect: [
      p('9만 1100달러', 91100),
      p('9만 5500달러', 95500),
      p('8만 9255달러', 89255),
      p('11만 4808달러', 114808),
      p('10만 748달러', 100748),
    ],
  },
];

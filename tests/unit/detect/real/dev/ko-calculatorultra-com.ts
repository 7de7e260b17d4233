import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.calculatorultra.com/ko/tool/cost-per-bitcoin-calculator.html',
    lang: 'ko',
    tags: ['prose', 'format', 'anaphora'],
    title: '비트코인당 비용 계산기',
    blocks: [
      '비트코인당 비용 계산기',
      '비트코인당 비용은 투자자와 거래자 모두에게 중요한 지표입니다. 비트코인을 구매하는 데 지출된 총액을 구매한 비트코인 수로 나누어 계산되는 이 수치는 현재 시장 가격과 비교하여 수익성 또는 손실 가능성을 측정할 수 있는 평균 비용을 제공합니다.',
      '계산 예시',
      '투자자가 3개의 비트코인을 구매하는 데 15,000달러를 지출하는 경우 비트코인당 비용은 다음과 같이 계산됩니다.',
      'CPB = 15000 / 3 = 5000 $/비트코인',
    ],
    expect: [o('15,000달러', 15000), p('5000 $', 5000)],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kr.bitcoinsistemi.com/jpmorgan-analysts-announce-bitcoins-production-cost-has-decreased-here-are-the-details',
    lang: 'ko',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'JP모건 분석가들은 최근 비트코인(BTC) 생산 비용이 크게 떨어지면서 채굴 환경에 변화가 생겼다고 밝혔습니다. JP모건의 평가에 따르면, 과거 약 9만 달러였던 비트코인 생산 비용이 현재 7만 7천 달러까지 떨어졌습니다.',
      '분석가들은 생산 비용 하락의 주요 원인으로 고비용 채굴자 일부의 시장 철수와 미국 겨울 폭풍에 따른 채굴 차질을 꼽았습니다. 그 결과 비트코인 네트워크 난이도는 최근 15% 낮아졌습니다.',
      'JP모건은 비트코인에 대한 장기 전망을 유지하며, 장기적으로 비트코인 가격이 26만 6천 달러에 도달할 수 있다고 예측했습니다.',
    ],
    expect: [c('9만 달러', 90000), c('7만 7천 달러', 77000), p('26만 6천 달러', 266000)],
  },
];

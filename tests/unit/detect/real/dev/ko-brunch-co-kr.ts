import { c, p, type RealCase } from '../labels';

// brunch (ko blog): JPMorgan calls 94,000달러 Bitcoin's floor because the cost to mine 1 BTC rose to that
// level; headline floor and forecasts are prices (p), the production cost figures are costs (c).
export const cases: RealCase[] = [
  {
    url: 'https://brunch.co.kr/@@cdGl/118',
    lang: 'ko',
    tags: ['cost', 'prose', 'format'],
    title: 'JP모건 "비트코인, 바닥은 94,000달러"',
    blocks: [
      'JP모건 "비트코인, 바닥은 94,000달러"',
      '최근 비트코인(BTC)이 9만 5천 달러 선 아래에서 흔들리며 시장 불안이 커지고 있지만, 글로벌 투자은행 JP모건은 오히려 “이미 바닥에 도달했다”는 분석을 내놓았습니다.',
      '생산 원가가 94,000달러',
      {
        heading: '생산 원가가 94,000달러',
        text: '비트코인 네트워크 난이도 증가로 1 BTC를 채굴하는 비용이 약 9만 2천 달러 → 9만 4천 달러로 상승했습니다. 즉, 현재 비트코인 가격이 채굴 원가와 거의 동일하다는 의미죠.',
      },
      'JP모건 “2026년에는 17만 달러 간다”',
    ],
    expect: [
      p('94,000달러', 94000),
      p('9만 5천 달러', 95000),
      c('94,000달러', 94000),
      c('9만 2천 달러', 92000),
      c('9만 4천 달러', 94000),
      p('17만 달러', 170000),
    ],
  },
];

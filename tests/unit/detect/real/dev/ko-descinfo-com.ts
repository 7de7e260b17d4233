import { o, type RealCase } from '../labels';

// Korean blog on mining power bills: an industrial per-kWh range with "$" after the second number, yearly totals in 조 원 — all other amounts.
export const cases: RealCase[] = [
  {
    url: 'https://www.descinfo.com/2025/05/blog-post_25.html',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인 채굴과 전기세, 경제 수치 비교',
    blocks: [
      {
        text: '전기요금은 지역마다 다르지만, 산업용 평균 단가(0.10~0.15$/kWh)를 기준으로 하면:',
        heading: '💡 2. 이 전기세, 돈으로 환산하면 얼마일까?',
      },
      {
        text: '비트코인 채굴에 들어가는 연간 전기요금은 약 14~20조 원 수준',
        heading: '💡 2. 이 전기세, 돈으로 환산하면 얼마일까?',
      },
      {
        text: '이는 한국의 연간 소상공인 전기료 총액(약 9조 원)보다 많고',
        heading: '💡 2. 이 전기세, 돈으로 환산하면 얼마일까?',
      },
      {
        text: '한국 전체 가정용 전기요금(연 약 17조 원)과 비슷한 규모',
        heading: '💡 2. 이 전기세, 돈으로 환산하면 얼마일까?',
      },
      '👉 즉, 전 세계적으로 비트코인 채굴 하나에 소형 국가 전체의 전기요금에 맞먹는 돈이 들어가고 있다.',
    ],
    expect: [
      o('0.10', 0.1),
      o('0.15$', 0.15),
      o('14', 14000000000000, 'KRW'),
      o('20조 원', 20000000000000, 'KRW'),
      o('9조 원', 9000000000000, 'KRW'),
      o('17조 원', 17000000000000, 'KRW'),
    ],
  },
];

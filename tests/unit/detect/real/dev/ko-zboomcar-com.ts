import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zboomcar.com/entry/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-%EC%96%91%EB%8F%84%EC%86%8C%EB%93%9D%EC%84%B8-%EA%B3%84%EC%82%B0%EB%B2%95%EA%B3%B5%EC%A0%9C-%EC%84%B8%EC%9C%A8-%EC%A0%88%EC%B0%A8',
    lang: 'ko',
    tags: ['prose', 'format'],
    title: '비트코인 양도소득세 계산법(공제, 세율, 절차)',
    blocks: [
      '양도차익 계산 기준',
      '과세 대상은 매도가가 아니라 실제로 남긴 수익, 즉 양도차익입니다. 예를 들어 1BTC를 2,000만원에 사서 3,000만원에 팔았다면 차익은 1,000만원입니다. 여기에 거래소 수수료 30만원이 들었다면 과세 대상은 970만원이 됩니다.',
    ],
    expect: [
      p('2,000만원', 20000000, 'KRW'),
      p('3,000만원', 30000000, 'KRW'),
      o('1,000만원', 10000000, 'KRW'),
      o('30만원', 300000, 'KRW'),
      o('970만원', 9700000, 'KRW'),
    ],
  },
  {
    url: 'https://zboomcar.com/entry/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-%EC%96%91%EB%8F%84%EC%86%8C%EB%93%9D%EC%84%B8-%EA%B3%84%EC%82%B0%EB%B2%95%EA%B3%B5%EC%A0%9C-%EC%84%B8%EC%9C%A8-%EC%A0%88%EC%B0%A8',
    lang: 'ko',
    tags: ['anaphora', 'format'],
    title: '비트코인 양도소득세 계산법(공제, 세율, 절차)',
    blocks: [
      '기본공제 250만원 적용',
      '차익이 나더라도 한 해 250만원까지는 세금이 붙지 않습니다. 예컨대 한 해 동안 비트코인으로 800만원을 벌었다면 기본공제 250만원을 뺀 550만원만 과세 대상입니다.',
    ],
    expect: [
      o('250만원', 2500000, 'KRW'),
      o('250만원', 2500000, 'KRW'),
      o('800만원', 8000000, 'KRW'),
      o('250만원', 2500000, 'KRW'),
      o('550만원', 5500000, 'KRW'),
    ],
  },
];

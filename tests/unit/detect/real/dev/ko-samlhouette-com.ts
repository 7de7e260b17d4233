import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://samlhouette.com/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-%EC%B2%AB%EA%B0%80%EA%B2%A9/',
    lang: 'ko',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      '비트코인 첫 가격이 저렴했다는 건 알아도 정확히 얼마였는지 말할 수 있는 사람은 거의 없을겁니다. 처음부터 지금까지 시세가 어떻게 형성됐는지 차트로 알아보고 중요한 연도별로 하나씩 살펴보겠습니다.',
      {
        heading: '최초 비트코인 가격',
        text: '최초가격은 0.003달러로 한화로 약 4원정도하는 금액이였습니다. 충격적이게도 비트코인 최초가는 10원짜리 동전만 못했는데 현재는 1억대로 시세를 유지하고 있습니다.',
      },
    ],
    expect: [p('0.003달러', 0.003), p('4원', 4, 'KRW'), o('10원', 10, 'KRW'), p('1억', 100000000, 'KRW')],
  },
];

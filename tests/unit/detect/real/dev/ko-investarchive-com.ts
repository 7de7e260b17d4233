import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://investarchive.com/entry/%EB%B9%84%ED%8A%B8%EC%BD%94%EC%9D%B8-%EA%B0%80%EA%B2%A9%EC%9D%B4-%EC%B1%84%EA%B5%B4%EC%9B%90%EA%B0%80%EC%98%88-6%EB%A7%8C5%EC%B2%9C-%EB%8B%AC%EB%9F%AC-%EC%95%84%EB%9E%98%EB%A1%9C-%EB%96%A8%EC%96%B4%EC%A7%80%EB%A9%B4-%EC%B1%84%EA%B5%B4%EC%97%85%EC%9E%90%EB%93%A4%EC%9D%80-%EC%96%B4%EB%96%BB%EA%B2%8C-%EB%90%A0%EA%B9%8C',
    lang: 'ko',
    tags: ['cost', 'forum'],
    title: '비트코인 가격이 채굴원가(예: 6만5천 달러) 아래로 떨어지면 채굴업자들은 어떻게 될까?',
    blocks: [
      '비트코인이 채굴원가(예: 1BTC당 6만5천 달러) 아래로 떨어지면 채굴업자들은 어떻게 될까?',
      {
        heading: 'I. 먼저, “채굴원가 6만5천 달러”는 무엇을 의미할까?',
        text: '“1BTC당 채굴비용이 6만5천 달러”라는 말은 모든 채굴자의 공통 원가가 아니라, 상장 채굴사 평균처럼 특정 집단의 대략적인 손익분기선을 가리키는 경우가 많습니다.',
      },
    ],
    expect: [c('6만5천 달러', 65000), c('6만5천 달러', 65000)],
  },
];

import { o, p, type RealCase } from '../labels';

// Korean card-news about the fake "Bitcoin Platinum" fork: a price in 달러, a student's won profit, a project fund.
export const cases: RealCase[] = [
  {
    url: 'https://news.joins.com/article/22194557',
    lang: 'ko',
    tags: ['forum', 'anaphora', 'format'],
    blocks: [
      '이틀만에 1만3370달러로 추락했습니다',
      '놀랍게도 고등학생 한 명입니다',
      '손해를 본 비트코인 투자자들은\n그 고등학생의 신상까지 털어 협박하고 나섰습니다',
      '비싼 시점에서 비트코인을 미리 판 다음\n가격이 내려가면 이를 사서 갚는 식으로 사용됩니다',
      '이 일로 그가 벌어들인 수익은 약 239만원',
      '우리(BTP 개발진)는 그런 글을 올린 적 없다.\n\n우리는 1만 달러의 기금으로 운영된다.\n서버나 유지보수 비용에 쓰인다.',
    ],
    expect: [p('1만3370달러', 13370), o('239만원', 2390000, 'KRW'), o('1만 달러', 10000)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockworks.co/news/marathon-digital-earnings-q2',
    lang: 'en',
    tags: ['prose'],
    title: 'Marathon mines record 2,926 bitcoins as revenue ticks up',
    blocks: [
      'Marathon produced a record 2,926 BTC between April and June, up 33% from 2,195 BTC in the first quarter.',
      'The stock closed at $15.72 on Tuesday, up 4.3% on the day.',
      'Marathon sold 63% of the BTC it mined in the quarter to cover operating costs, taking in $23.4 million in gross proceeds.',
      'The company still reported a net loss of $21.3 million for April to June, wider than the roughly $7 million loss of the prior quarter, though far better than the $212.6 million net loss in the second quarter of 2022.',
    ],
    expect: [
      o('$15.72', 15.72),
      o('$23.4 million', 23.4e6),
      o('$21.3 million', 21.3e6),
      o('$7 million', 7e6),
      o('$212.6 million', 212.6e6),
    ],
  },
];

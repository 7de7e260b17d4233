import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btx.com.au/category/fred-thiel/',
    lang: 'en',
    tags: ['prose'],
    title: 'Marathon Digital posts quarterly record of 2,195 Bitcoin mined in Q1',
    blocks: [
      'Bitcoin (BTC) miner Marathon Digital reported a record 2,195 BTC mined in the first quarter of 2023, currently worth around $62 million.',
      'Marathon also logged a monthly record of 825 BTC mined in March — now valued at about $23.3 million — a 21% rise on February.',
      'The company ended the quarter with roughly $124.9 million in unrestricted cash and cash equivalents, plus 11,466 BTC, which equates to over $450 million.',
    ],
    expect: [
      o('$62 million', 62e6),
      o('$23.3 million', 23.3e6),
      o('$124.9 million', 124.9e6),
      o('$450 million', 450e6),
    ],
  },
];

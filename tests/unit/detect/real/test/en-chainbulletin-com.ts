import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://chainbulletin.com/microstrategy-purchases-another-1-billion-worth-of-bitcoin',
    lang: 'en',
    tags: ['prose'],
    title: 'MicroStrategy purchases another $1 billion worth of Bitcoin',
    blocks: [
      'The official release says MicroStrategy paid an average of $52,765 per bitcoin, fees included.',
      'Its first purchase came in August 2020, when it put $250 million into 21,454 BTC. In December it raised $537 million to buy about 29,000 BTC, and another $600 million in February 2021.',
      'So far the company has spent $2.171 billion on BTC at an average purchase price of $23,985 per token. At $49,200 per token, its reserve is worth over $4.45 billion.',
    ],
    expect: [
      p('$52,765', 52765),
      o('$250 million', 250e6),
      o('$537 million', 537e6),
      o('$600 million', 600e6),
      o('$2.171 billion', 2.171e9),
      p('$23,985', 23985),
      p('$49,200', 49200),
      o('$4.45 billion', 4.45e9),
    ],
  },
];

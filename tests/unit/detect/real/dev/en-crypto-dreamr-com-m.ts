import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://archon.crypto-dreamr.com/hive-167922/@stuartcturnbull/the-cost-of-bitcoin',
    lang: 'en',
    tags: ['forum', 'cost', 'format', 'anaphora'],
    title: 'The Cost of Bitcoin',
    blocks: [
      'What is the cost of One Bitcoin?',
      'On February 20th 2024, buying 1BTC would set you back about £41,063/$51,850/€47,943 (you can check your currency here).',
      'The two big costs are kit and power. A quick search turned up second-hand rigs at about a thousand pounds; when I saw a new one over £50,000 I stopped looking.',
      'Here in the UK a domestic KWH is effectively capped in 2024 at £0.286. That means mining a whole Bitcoin this year would cost £76,076 in electricity.',
      'The highest price Bitcoin has ever reached is £48,005',
    ],
    expect: [
      p('£41,063', 41063, 'GBP'),
      p('$51,850', 51850),
      p('€47,943', 47943, 'EUR'),
      o('a thousand pounds', 1000, 'GBP'),
      o('£50,000', 50000, 'GBP'),
      o('£0.286', 0.286, 'GBP'),
      c('£76,076', 76076, 'GBP'),
      p('£48,005', 48005, 'GBP'),
    ],
  },
];

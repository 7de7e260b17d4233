import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://elektronics.dev/docs/hashprice',
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title: 'Hashprice',
    blocks: [
      'Given: Difficulty = 100 trillion (10^14), BTC Price = $100,000, Block Reward = 3.125 BTC',
      'Daily revenue:',
      '0.000201 × 3.125 × 100000 ≈ $62.81 per PH/s per day',
      { text: '$40 - $150', header: 'Typical Range', row: '$/PH/day' },
      { text: '$0.04 - $0.15', header: 'Typical Range', row: '$/TH/day' },
    ],
    expect: [
      p('$100,000', 100000),
      o('$62.81', 62.81),
      o('$40', 40),
      o('$150', 150),
      o('$0.04', 0.04),
      o('$0.15', 0.15),
    ],
  },
];

import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cybermagazines.com/bitcoin-halving-is-approaching-only-the-most-efficient-miners-will-survive.html',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Bitcoin halving is approaching, only the most efficient miners will survive.',
    blocks: [
      'Every four years the reward for mining a bitcoin block is halved. Rewards are now 6.25 BTC per block ($170,000), but in April 2024 they will fall to 3.125 BTC per block ($85,000). Listed miners currently produce at a cost of $10,000-$15,000 per bitcoin; after the halving those costs will double, lifting miners’ breakeven point to $20,000-$30,000. JPMorgan has predicted that the cost to mine bitcoin could go as high as $40,000 after the halving.',
      'Talk of new developments has picked up in 2023, and compared with autumn 2022, when bitcoin prices sat at lows of around $15,000, the industry is in better shape.',
    ],
    expect: [
      o('$170,000', 170000),
      o('$85,000', 85000),
      c('$10,000', 10000),
      c('$15,000', 15000),
      c('$20,000', 20000),
      c('$30,000', 30000),
      c('$40,000', 40000),
      p('$15,000', 15000),
    ],
  },
];

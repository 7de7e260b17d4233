import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blog.tradeblock.com/blog/analyzing-bitcoin-miner-costs-from-previous-halvings-as-a-comparison-for-the-2020-halving/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Analyzing bitcoin miner costs from previous halvings as a comparison for the 2020 halving',
    blocks: [
      'Last month’s report estimated the breakeven cost to mine one bitcoin today and the expected cost after the 2020 halving. For a commercial mining operator we put breakevens at $6,851 per bitcoin (now about $7,300 at publication) for existing devices, and between $12,000-$15,100 per bitcoin after the 2020 halving.',
    ],
    expect: [c('$6,851', 6851), c('$7,300', 7300), c('$12,000', 12000), c('$15,100', 15100)],
  },
];

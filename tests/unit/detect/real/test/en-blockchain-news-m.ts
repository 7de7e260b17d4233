import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cn.blockchain.news/PostAMP?id=coinshares-rising-bitcoin-mining-costs-strategic-shifts',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'CoinShares Reports Rising Bitcoin Mining Costs and Strategic Shifts',
    blocks: [
      'CoinShares Reports Rising Bitcoin Mining Costs and Strategic Shifts',
      {
        text: 'CoinShares says the average cost to produce one Bitcoin rose to $49,500 on Q2 cash costs, from $47,200 in Q1. Counting depreciation and stock-based compensation, the figure climbs to $96,100.',
        heading: 'Escalating Production Costs',
      },
      {
        text: 'The report also weighs mining against simply buying. A 1 MW mining project could pay back fully within 27 months if Bitcoin reaches $130,000 by 2026.',
        heading: 'Comparing Mining and Direct Investment',
      },
    ],
    expect: [c('$49,500', 49500), c('$47,200', 47200), c('$96,100', 96100), p('$130,000', 130000)],
  },
];

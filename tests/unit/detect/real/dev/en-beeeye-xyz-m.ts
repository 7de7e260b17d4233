import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://beeeye.xyz/news/detail/12560604311062',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'CoinShares Q3 Mining Report',
    blocks: [
      'CoinShares Q3 Mining Report',
      'Mining at the Edge: Rising Costs and Strategic Pivots',
      'Higher spending and a harder difficulty have moved our estimated average production cost per Bitcoin around a lot. Using Q2 cash costs, we put the average cost to produce one bitcoin across all listed miners at US$49,500, up from US$47,200 in Q1, so at current prices most miners are still in profit. That covers cash costs only; adding depreciation and stock based compensation lifts the average to US$96,100.',
    ],
    expect: [c('US$49,500', 49500), c('US$47,200', 47200), c('US$96,100', 96100)],
  },
];

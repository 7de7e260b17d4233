import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitget.ng/news/detail/12560604311062',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'CoinShares Q3 Mining Report',
    blocks: [
      'Mining at the Edge: Rising Costs and Strategic Pivots',
      'The rising spend and difficulty to mine have led to large swings in our estimated average production cost per Bitcoin. We estimate the average cost to produce one bitcoin across all listed miners is now US$49,500 based on cash costs Q2 data, compared to US$47,200 in Q1, implying that for most miners at current prices it is a profitable endeavour. Although this only includes cash costs, if we include depreciation and stock based compensation, this average rises to US$96,100.',
    ],
    expect: [c('US$49,500', 49500), c('US$47,200', 47200), c('US$96,100', 96100)],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cointime.ai/news/coinshares-bitcoin-mining-report-30772',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'CoinShares Bitcoin Mining Report — Brief Q3 Earnings Update',
    blocks: [
      'CoinShares Bitcoin Mining Report — Brief Q3 Earnings Update',
      'Among listed miners, the weighted average cash cost to produce one bitcoin climbed to ~US$55,950 in Q3 from ~US$49,500 in Q2, up 13%, and mining stays profitable at today’s prices of $100k. Once non-cash items such as depreciation and stock-based compensation are added, the average cost reaches US$106,000.',
      {
        text: 'Cost of revenues (electricity) represents the self-mining cost of revenues, mostly electricity cost.',
        heading: 'Cost to Mine (USD)',
      },
    ],
    expect: [c('~US$55,950', 55950), c('~US$49,500', 49500), p('$100k', 100000), c('US$106,000', 106000)],
  },
];

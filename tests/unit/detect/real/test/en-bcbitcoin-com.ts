import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bcbitcoin.com/articles/new-mexico-emerges-as-cheapest-state-for-bitcoin-mining-in-q1-2023-while-hawaii-takes-the-top-spot-for-most-expensive/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title:
      'New Mexico Emerges as Cheapest State for Bitcoin Mining in Q1 2023, while Hawaii Takes the Top Spot for Most Expensive',
    blocks: [
      'New Mexico is the most cost-effective state in the United States for Bitcoin mining based on average electricity costs, with Hawaii being the most expensive, according to Hashrate Index and Luxor. The cost of mining one BTC in the US has risen to at least $17,000, up from $5,000-$10,000 just a year ago.',
      'New Mexico is the most cost-effective state to produce one BTC, costing $16,850, while Hawaii is the most expensive at around $114,590.',
    ],
    expect: [
      c('$17,000', 17000),
      c('$5,000', 5000),
      c('$10,000', 10000),
      c('$16,850', 16850),
      c('$114,590', 114590),
    ],
  },
];

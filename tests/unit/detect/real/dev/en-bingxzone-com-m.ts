import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bingxzone.com/en/flash-news/post/jpmorgan-lowers-bitcoin-production-cost-estimate-to-amid-miner-selling-pressure',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title: 'JPMorgan Cuts Bitcoin Production Cost Estimate to $90,000 as Miner Selling Intensifies',
    blocks: [
      'JPMorgan Cuts Bitcoin Production Cost Estimate to $90,000 as Miner Selling Intensifies',
      'JPMorgan analysts cut their Bitcoin production cost estimate to $90,000 from $94,000, assuming power at $0.05 per kilowatt-hour. High-cost miners carry an extra $18,000 in production costs for each $0.01/kWh rise in electricity prices, the note found.',
    ],
    expect: [
      c('$90,000', 90000),
      c('$90,000', 90000),
      c('$94,000', 94000),
      o('$0.05 per kilowatt-hour', 0.05),
      o('$18,000', 18000),
      o('$0.01/kWh', 0.01),
    ],
  },
];

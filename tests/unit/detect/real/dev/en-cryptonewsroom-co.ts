import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewsroom.co/bitcoin-mining-cost-crisis-2025',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'October 2025 – The cryptocurrency industry faces a pivotal moment as new data reveals Bitcoin mining costs have reached unsustainable levels, potentially triggering significant market volatility. According to Marathon Digital Holdings’ latest quarterly report, the average cost to mine a single Bitcoin during Q3 2025 reached approximately $67,704, creating what analysts describe as a critical pressure point for the entire mining ecosystem.',
      'Bitcoin Mining Cost Analysis: The $67,704 Reality Check',
      'Marathon Digital Holdings, one of the world’s largest publicly traded Bitcoin mining companies, released its Q3 2025 financial results this week. The report contains crucial data about mining economics during the July-September period. Specifically, the company disclosed that its average cost to produce one Bitcoin reached $67,704. This figure represents a comprehensive calculation including electricity expenses, hardware depreciation, facility maintenance, and labor costs.',
    ],
    expect: [c('$67,704', 67704), c('$67,704', 67704), c('$67,704', 67704)],
  },
];

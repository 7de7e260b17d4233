import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dcfmodeling.com/products/mara-business-model-canvas',
    lang: 'en',
    tags: ['cost', 'widget', 'format'],
    title: 'Marathon Digital Holdings, Inc. (MARA) Business Model Canvas',
    blocks: [
      'Marathon Digital Holdings, Inc. (MARA) Bundle',
      'Get Full Bundle:\n$14.99 $9.99\n$14.99 $9.99\n$24.99 $14.99',
      'TOTAL:',
      'You’re looking to see how Marathon Digital Holdings, Inc. (MARA) is really making money now that the crypto landscape has totally shifted. With an energized hashrate of 60.4 EH/s as of September 2025 and a treasury nearing 53,000 BTC, their value proposition now blends low-cost BTC production-at just $39,235 purchased energy cost per coin in Q3 2025-with high-margin enterprise AI/HPC compute services.',
    ],
    expect: [
      o('$14.99', 14.99),
      o('$9.99', 9.99),
      o('$14.99', 14.99),
      o('$9.99', 9.99),
      o('$24.99', 24.99),
      o('$14.99', 14.99),
      c('$39,235', 39235),
    ],
  },
];

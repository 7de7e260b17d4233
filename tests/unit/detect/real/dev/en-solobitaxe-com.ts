import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.solobitaxe.com/insights/crypto-news/bitcoins-mining-cost-problem-is-really-a-cash-flow-problem/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin’s Mining Cost Problem Is Really a Cash-Flow Problem',
    blocks: [
      'Bitcoin’s Mining Cost Problem Is Really a Cash-Flow Problem',
      'A recent JPMorgan analysis, reported by CoinDesk, put the all-in cost of producing one bitcoin at roughly $78,000. At the time, bitcoin was trading well below that level. The same analysis found about one-fifth of miners running at a loss, while listed mining companies sold more than 32,000 BTC in the first quarter to cover operating costs.',
      'So the $78,000 figure should not be treated as a universal breakeven line.',
    ],
    expect: [c('$78,000', 78000), c('$78,000', 78000)],
  },
];

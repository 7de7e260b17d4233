import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://partonews.ir/en/how-much-does-it-cost-to-mine-each-bitcoin-the-relationship-between-costs-and-prices',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'How much does it cost to mine each bitcoin? The relationship between costs and prices',
    blocks: [
      'How much does it cost to mine each bitcoin? The relationship between costs and prices',
      'Citing Decrypt, JPMorgan says the cost of producing each bitcoin, put at about $24,000 in early June, has fallen to $13,000.',
      'Production cost estimates the average cost of mining one Bitcoin in a day; as long as the price stays above it, mining pays.',
      'By the New York bank’s estimate, the lowest this digital currency can go is $13,000, a 45% drop from today’s price.',
    ],
    expect: [c('$24,000', 24000), c('$13,000', 13000), p('$13,000', 13000)],
  },
];

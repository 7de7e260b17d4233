import { c, p, type RealCase } from '../labels';

// Crypto Economy news on Checkonchain's production-cost estimate: TL;DR bullets and prose where the
// $87,000 cost per coin and the ~$70,000 market price sit in the same sentence.
export const cases: RealCase[] = [
  {
    url: 'https://crypto-economy.com/bitcoin-below-70k-miners-struggle-as-production-costs-hit-87k',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'TL;DR:',
      '- The average cost of producing one Bitcoin has risen to $87,000, according to Checkonchain data.',
      '- Bitcoin trades roughly 20% under its production cost, a historical hallmark of bear markets.',
      'Mining is in crisis too, as the cost of mining Bitcoin now exceeds its exchange price. With a market value hovering around $70,000, miners run at negative margins against an estimated production cost of $87,000.',
    ],
    expect: [c('$87,000', 87000), p('$70,000', 70000), c('$87,000', 87000)],
  },
];

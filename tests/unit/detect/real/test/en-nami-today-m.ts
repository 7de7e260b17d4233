import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nami.today/bitcoin/where-is-bitcoin-mining-break-even-point-89.html',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Where is Bitcoin mining break-even point?',
    blocks: [
      'Where is Bitcoin mining break-even point?',
      'Bitcoin needs to stay above $8,600 for mining to remain profitable',
      {
        text: 'The Elite Fixtures study examined the electricity cost of mining a single Bitcoin in 115 countries. Venezuela is the cheapest, at $531 per Bitcoin. China, long home to the biggest pools thanks to subsidised power, comes to $3,172 per Bitcoin. Switzerland, the new haven for crypto startups, costs nearly twice as much as China ($7,494). Vietnam is fairly competitive at $4,717 per Bitcoin.',
        heading: 'The cost of mining in each country',
      },
    ],
    expect: [c('$8,600', 8600), c('$531', 531), c('$3,172', 3172), c('$7,494', 7494), c('$4,717', 4717)],
  },
];

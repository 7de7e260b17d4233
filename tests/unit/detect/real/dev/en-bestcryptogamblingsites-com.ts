import { c, o, p, type RealCase } from '../labels';

const url =
  'https://www.bestcryptogamblingsites.com/crypto-news/bitfarms-to-reduce-bitcoin-mining-costs-by-45/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'The Canadian bitcoin mining company BitFarms, estimates that in the fourth quarter of 2021, it will be able to mine bitcoin at a cost of $4.125 each.',
      'In October 2020, Bitfarms announced the signing of a $0.02/kWh electricity supply agreement to power its 60 MW mining facility in Argentina. Then the agreement was revised and finally the power of the installation will reach 210 MW, with the cost of electricity supplied in the first four years being 0.022 USD/kWh.',
    ],
    expect: [c('$4.125', 4125), o('$0.02', 0.02), o('0.022 USD', 0.022)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'All of this can yield profits of $650 million or 11.774 bitcoin considering the current degree of mining difficulty and an average price of $55.000 per bitcoin.',
      'If we take into account that the cost of mining a bitcoin at the company’s premises in Québec in the fourth quarter of 2020 reached $7.500, then the cost of $4.125 per bitcoin estimated for installation in Argentina, makes a cost reduction of 45%.',
    ],
    expect: [o('$650 million', 650000000), p('$55.000', 55000), c('$7.500', 7500), c('$4.125', 4125)],
  },
];

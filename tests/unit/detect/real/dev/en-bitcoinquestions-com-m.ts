import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinquestions.com/what-is-the-cost-of-mining-one-bitcoin/',
    lang: 'en',
    tags: ['cost', 'prose', 'forum'],
    title: 'What is the cost of mining one bitcoin?',
    blocks: [
      'What is the cost of mining one bitcoin?',
      'Electricity is the first and likely largest cost. How much power one bitcoin takes depends on the rig and local rates; Digiconomist puts the average electricity cost to mine one bitcoin near $3,500, with places like Venezuela and Iran cheaper thanks to subsidies.',
    ],
    expect: [c('$3,500', 3500)],
  },
];

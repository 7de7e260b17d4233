import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://modernglobe.com/the-cost-of-mining-bitcoin-in-198-different-countries',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'The Cost of Mining Bitcoin in 198 Different Countries',
    blocks: [
      'The Cost of Mining Bitcoin in 198 Different Countries',
      'Mining a single bitcoin takes an estimated 1,449 kilowatt hours (kWh) of energy, about what an average U.S. household uses in 13 years.',
      'This graphic by 911 Metallurgist gives a snapshot of the estimated cost of mining bitcoin around the world, using prices and relative costs from March 23, 2022.',
      {
        text: "Across the 198 countries in the dataset, the average cost to mine bitcoin sat at $35,404.03, more than bitcoin's value of $20,863.69 on July 15, 2022.",
        heading: 'The Costs and Profits of Mining Bitcoin in 198 Countries',
      },
    ],
    expect: [c('$35,404.03', 35404.03), p('$20,863.69', 20863.69)],
  },
];

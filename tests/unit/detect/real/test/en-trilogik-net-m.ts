import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoin-mining-costs.trilogik.net/en/methodology',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin production cost — Methodology & sources',
    blocks: [
      {
        text: 'Hardware capex changes over time: a terahash of equipment cost roughly $20,000 in 2013 and about $15 in 2025, so the model uses a rig price per era and spreads it over the machine’s life.',
        heading: 'From energy to cost',
      },
    ],
    expect: [o('$20,000', 20000), o('$15', 15)],
  },
];

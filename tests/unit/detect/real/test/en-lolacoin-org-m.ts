import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lolacoin.org/jp-morgan-reduces-bitcoin-production-expenses-following-cbeci-update/',
    lang: 'en',
    tags: ['cost', 'prose', 'change', 'anaphora'],
    title: 'JP Morgan Reduces Bitcoin Production Expenses Following CBECI Update',
    blocks: [
      'Before, the expense was put at roughly $21,000 per Bitcoin. The new model suggests the real figure is nearer $18,000, so swings in power prices will weigh less on the cost of mining Bitcoin.',
      'As of now, Bitcoin (BTC) is worth around $25,800.',
      'Before the CBECI changes, JPMorgan reckoned a one cent per kilowatt-hour (kWh) move in power prices shifted Bitcoin production costs by $4,300. Under the revised method that sensitivity has eased slightly to about $3,800 per Bitcoin.',
    ],
    expect: [
      c('$21,000', 21000),
      c('$18,000', 18000),
      p('$25,800', 25800),
      o('$4,300', 4300),
      o('$3,800', 3800),
    ],
  },
];

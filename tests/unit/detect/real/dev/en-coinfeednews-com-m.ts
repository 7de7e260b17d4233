import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinfeednews.com/2023/09/07/crypto-1115/',
    lang: 'en',
    tags: ['cost', 'prose', 'change'],
    title: 'JPMorgan revises bitcoin production cost estimate',
    blocks: [
      'After the Cambridge Bitcoin Electricity Consumption Index changed its methodology, JPMorgan has updated its estimate of what it costs to produce a bitcoin. Under the new method the figure is about $18,000, against $21,000 under the old one. Bitcoin itself trades at roughly $25,800.',
      'The bank also said the sensitivity of production cost to power prices has fallen to about $3,800 from $4,300.',
    ],
    expect: [
      c('$18,000', 18000),
      c('$21,000', 21000),
      p('$25,800', 25800),
      o('$3,800', 3800),
      o('$4,300', 4300),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://currency.com/bitcoin-price-history',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin price history',
    blocks: [
      'Bitcoin price history',
      {
        text: 'Few assets have traded as wildly. At launch, one bitcoin was priced at $0.0008 – by 2010 a single bitcoin had risen to $0.08, and in spring 2021 it peaked at $63,000.',
        heading: 'How stable is the price of bitcoin?',
      },
    ],
    expect: [p('$0.0008', 0.0008), p('$0.08', 0.08), p('$63,000', 63000)],
  },
];

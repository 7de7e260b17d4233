import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://preview.sosovalue.com/research/1867603912589590528',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'CoinShares Q3 Bitcoin Mining Report',
    blocks: [
      'In its Q3 Bitcoin Mining Report, CoinShares finds the weighted average cash cost for listed miners to produce one Bitcoin has risen to roughly $55,950, 13% more than in Q2, with total costs including non-cash items near $106,000. With Bitcoin currently at $100,000 mining still pays, but fast hash-rate growth and capital diverted to AI have pushed costs up.',
    ],
    expect: [c('$55,950', 55950), c('$106,000', 106000), p('$100,000', 100000)],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://panewslab.com/en/sqarticledetails/8tv210i2.html',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'CoinShares: listed miners’ cash cost per bitcoin rises to $55,950',
    blocks: [
      'PANews reported on December 14 that the Q3 Bitcoin mining report released by CoinShares showed that the weighted average cash cost of listed miners to produce 1 Bitcoin rose to about $55,950, up 13% from Q2, and the total cost including non-cash costs was about $106,000. Although the current Bitcoin price is $100,000, mining remains profitable.',
    ],
    expect: [c('$55,950', 55950), c('$106,000', 106000), p('$100,000', 100000)],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://generallink.top/fr-AF/square/post/291024074611745',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'JPMorgan says Bitcoin’s estimated production cost, often seen as a soft price floor, has dropped to about $77,000 from $90,000 at the start of the year as network hashrate and mining difficulty fell.',
      'Looking ahead, JPMorgan stays positive on crypto in 2026 and repeats a long-term Bitcoin price target of $266,000, based on volatility-adjusted comparisons with gold.',
    ],
    expect: [c('$77,000', 77000), c('$90,000', 90000), p('$266,000', 266000)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://cointelegraph.com/news/bitcoin-hits-20000-per-coin-capping-year-of-enormous-growth/amp',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Hits $20,000 Per Coin, Capping Year of Enormous Growth',
    blocks: [
      'Bitcoin has crowned its big year by reaching $20,000, barely a month after first hitting five figures.',
      'Bitcoin is up 1,950 percent in 2017, having begun the year at a comparatively tiny $974.',
    ],
    expect: [p('$20,000', 20000), p('$974', 974)],
  },
];

import { p, type RealCase } from '../labels';

// Sri Lankan tech forum/news hub post on a 2018 crash: the low and the current level, a percentage drop between.
export const cases: RealCase[] = [
  {
    url: 'https://hub.lk/blockchain-cryptocurrency/3344-bitcoin-price-value-lost-40-weeks.html',
    lang: 'en',
    tags: ['forum', 'prose'],
    blocks: [
      'Bitcoin is in the middle of a shocking price drop, falling as low as $3,520 in recent days and wiping out all of this year’s gains. At press time the price hovered around $3,900, roughly 40 % below where it stood two weeks ago. It is the worst drop since April 2013.',
    ],
    expect: [p('$3,520', 3520), p('$3,900', 3900)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.ampzilla2000.com/microstrategy-has-purchased-another-29646-bitcoins-at-an-average-price-of-21925/',
    lang: 'en',
    tags: ['prose'],
    title: 'MicroStrategy has purchased another 29,646 bitcoins at an average price of $21,925',
    blocks: [
      'MicroStrategy has purchased another 29,646 bitcoins at an average price of $21,925.',
      'CEO Michael Saylor said on Twitter that over the months they have bought 70,470 BTC in total at an average price of $15,964, investing $1.125 billion.',
      'The stock is still worth more than double its July level of $120. It first rose in August, to $140, but took off from November, going from $160 to $340 in a single month.',
    ],
    expect: [
      p('$21,925', 21925),
      p('$15,964', 15964),
      o('$1.125 billion', 1.125e9),
      o('$120', 120),
      o('$140', 140),
      o('$160', 160),
      o('$340', 340),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.thetimes.co.uk/article/investors-push-bitcoin-even-higher-but-bank-says-its-a-giant-bubble-nfrdt79wj',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Investors push bitcoin even higher but bank says it’s a giant bubble',
    blocks: [
      'British investors piled into bitcoin over the past week as the price shot to new highs, but an investment bank warned they could be in “the mother of all bubbles”.',
      'Traders using sterling have made bitcoin trades worth nearly £1 billion this year, twice as much as in all of January last year, exchange data show.',
      'Bitcoin set another high today, passing the $41,000 mark. The world’s most popular digital currency started the year just below $29,000 after almost quadrupling last year.',
    ],
    expect: [o('£1 billion', 1e9, 'GBP'), p('$41,000', 41000), p('$29,000', 29000)],
  },
];

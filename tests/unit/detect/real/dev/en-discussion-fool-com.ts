import { o, p, type RealCase } from '../labels';

// A Motley Fool board post quoting a WSJ story, then one line of the poster's own opinion ("$20k overpriced").
export const cases: RealCase[] = [
  {
    url: 'https://discussion.fool.com/t/wsj-btc-x-falls-below-21-000/71027',
    lang: 'en',
    tags: ['forum', 'anaphora', 'change'],
    title: 'WSJ: $BTC.X Falls Below $21,000',
    blocks: [
      'WSJ: $BTC.X Falls Below $21,000',
      'WSJ headline: Bitcoin Price Dips Below $21,000 as Crypto Firms Announce Layoffs',
      'Subheadline: Crypto market value falls under $1 trillion from $3 trillion high last November',
      'Bitcoin traded as low as $20,834 earlier on Tuesday, according to CoinDesk. The original cryptocurrency hasn’t traded under $20,000 since December 2020.',
      'It was most recently down 3.9% from its price at 5 p.m. on Monday, at $22,351, down about 67% from its all-time high in November last year at $67,802.',
      'Still a bit more than $20k overpriced IMO.',
    ],
    expect: [
      p('$21,000', 21000),
      p('$21,000', 21000),
      o('$1 trillion', 1e12),
      o('$3 trillion', 3e12),
      p('$20,834', 20834),
      p('$20,000', 20000),
      p('$22,351', 22351),
      p('$67,802', 67802),
      o('$20k', 20000),
    ],
  },
];

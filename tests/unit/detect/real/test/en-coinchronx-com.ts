import { o, p, type RealCase } from '../labels';

// Crypto news site summarising forum reactions to a drop: a spaced "$60 k" in the page title, a
// quoted user's invested total (other) next to the price at which they bought (price).
export const cases: RealCase[] = [
  {
    url: 'https://coinchronx.com/news/bitcoin-price-drop-concerns-analysis',
    lang: 'en',
    tags: ['prose', 'forum', 'format'],
    title: "Bitcoin takes a hit: drops to $60 k, what's next?",
    blocks: [
      "Bitcoin takes a hit: drops to $60 k, what's next?",
      'Major Market Shakeup | Bitcoin Dips Below $60K with Concerns Rising',
      'Bitcoin has fallen to new lows, slipping under $60,000 and leaving many people asking what caused the decline.',
      {
        text: '"I\'m not taking a loss after putting in $500,000 when Bitcoin was at $80,000," one user wrote.',
        heading: 'Mixed Reactions from the Community',
      },
    ],
    expect: [
      p('$60 k', 60000),
      p('$60K', 60000),
      p('$60,000', 60000),
      o('$500,000', 500000),
      p('$80,000', 80000),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://globalnewshq.com/2025/03/16/1-unstoppable-cryptocurrency-to-buy-before-it-soars-1660-according-to-cathie-woods-ark-invest-the-motley-fool',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title:
      "1 Unstoppable Cryptocurrency to Buy Before It Soars 1,660%, According to Cathie Wood's Ark Invest",
    blocks: [
      'ARK was one of the first firms to win SEC approval for a Bitcoin (BTC 0.38%) ETF last year. Wood and her team are very bullish on the world’s largest cryptocurrency and predict it could soar 1,660% to $1.48 million per coin by 2030.',
      'The crypto currently trades at around $84,000, 21% below its record high.',
      'Bitcoin has a market capitalization of $1.6 trillion, more than half of the value of every cryptocurrency in circulation.',
    ],
    expect: [p('$1.48 million', 1.48e6), p('$84,000', 84000), o('$1.6 trillion', 1.6e12)],
  },
];

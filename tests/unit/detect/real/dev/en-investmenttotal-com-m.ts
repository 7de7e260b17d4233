import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://investmenttotal.com/news/bitcoin-continues-to-captivate-crypto-investors',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Continues to Captivate Crypto Investors',
    blocks: [
      {
        text: 'Over the last 24 hours Bitcoin has moved between $57,558.77 and $59,458.98. Across the week the range widened to $55,901.74 to $60,620.63, edging back toward $60,000.',
        heading: 'Bitcoin’s 24-Hour and 7-Day Performance',
      },
      {
        text: 'The all-time high of $73,737.94 came on March 14, 2024. At the other extreme, the all-time low was an astonishing $67.81, set more than 11 years ago on July 6, 2013.',
        heading: 'Historical Context: Bitcoin’s All-Time High and Low',
      },
      {
        text: 'The market cap now stands at $1.14 trillion, and the fully diluted valuation is a little higher at $1.21 trillion.',
        heading: 'Market Cap and Bitcoin’s Massive Valuation',
      },
    ],
    expect: [
      p('$57,558.77', 57558.77),
      p('$59,458.98', 59458.98),
      p('$55,901.74', 55901.74),
      p('$60,620.63', 60620.63),
      p('$60,000', 60000),
      p('$73,737.94', 73737.94),
      p('$67.81', 67.81),
      o('$1.14 trillion', 1.14e12),
      o('$1.21 trillion', 1.21e12),
    ],
  },
];

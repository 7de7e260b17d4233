import { o, p, type RealCase } from '../labels';

// A satoshi-to-USD explainer on a Vietnamese site: a BTC price threshold in a headline, the cent it is
// compared with, and Satoshi Nakamoto's hypothetical net worth.
const url = 'https://webchiase.vn/1-satoshi-usd/';
const title = '1 Satoshi to USD';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Bitcoin price must hit $1 million for 1 satoshi to reach parity with 1 cent',
      'Who converts Satoshi to USD?',
      'Many people who use Bitcoin faucets want to check the value of their satoshis in USD, so we made this easy calculator for them.',
    ],
    expect: [p('$1 million', 1e6), o('1 cent', 0.01)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "What is Satoshi Nakamoto's net worth?",
      "A common confusion with the term Satoshi is that it gets mixed up with Bitcoin's creator, Satoshi Nakamoto. However Satoshi Nakamoto's net worth is way higher than a single satoshi. TL;DR: at an all time high price of around $20,000, Satoshi Nakamoto would have been worth about $20 billion, but this number obviously changes with the price of Bitcoin.",
    ],
    expect: [p('$20,000', 20000), o('$20 billion', 20e9)],
  },
];

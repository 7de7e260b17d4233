import { o, p, type RealCase } from '../labels';

// SEO price page: a stock-split analogy with per-share prices (negatives) before a ticker sentence
// "$115,503.01 USD" with both sign and code.
export const cases: RealCase[] = [
  {
    url: 'https://grosspaydigital.com/bitcoin-price-today-bitcoin-price-chart-market-cap',
    lang: 'en',
    tags: ['widget', 'prose', 'format'],
    title: 'Bitcoin Price Today Bitcoin Price Chart & Market Cap',
    blocks: [
      'The Bitcoin protocol allows no more than 21 million BTC to exist, but each BTC can be split into 100 million satoshis. Splits work like cutting a pizza into more slices: if a $100 stock with 1 million shares does a 2-for-1 split, it becomes a $50 stock with 2 million shares.',
      'Bitcoin (BTC) is trading at $115,503.01 USD, decreasing by -0.06% since yesterday.',
    ],
    expect: [o('$100', 100), o('$50', 50), p('$115,503.01 USD', 115503.01)],
  },
];

import { p, type RealCase } from '../labels';

// Short Bitcoin news item on the short-term-holder cost basis: a "$65K" headline and the same
// level spelled out in the summary; the cost-basis metric itself is given without a number.
export const cases: RealCase[] = [
  {
    url: 'https://btcnews.com/bitcoin-price-near-65k-as-important-btc-metric-turns-bullish/amp',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin Price Near $65K, as Important BTC Metric Turns Bullish',
    blocks: [
      'Bitcoin Price Near $65K, as Important BTC Metric Turns Bullish',
      {
        text: 'Bitcoin is trading near the important level of $65,000 today, as CryptoQuant notes it is back above the average cost basis of short-term holders.',
        heading: 'Summary',
      },
    ],
    expect: [p('$65K', 65000), p('$65,000', 65000)],
  },
];

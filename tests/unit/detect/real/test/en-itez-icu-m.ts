import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://itez.icu/en/blog/markets/coingeckos-report-on-bitcoin-mining-costs',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora', 'label-value'],
    title: 'CoinGecko’s report on Bitcoin mining costs',
    blocks: [
      'CoinGecko published a report on August 17 on what electricity for Bitcoin mining costs around the world. Some numbers surprised us: in several countries you can mine Bitcoin for less than $2,000 of power, while in others it loses money even if Bitcoin reaches $100,000.',
      '📉 Lebanon is the cheapest place to mine 1 BTC, at an expense of $266.',
      '📈 Italy is the most expensive, needing over $200,000 per coin.',
      '📊 The global average cost of mining Bitcoin is $46,291, though with such a gap between extremes the figure says little.',
    ],
    expect: [
      c('$2,000', 2000),
      p('$100,000', 100000),
      c('$266', 266),
      c('$200,000', 200000),
      c('$46,291', 46291),
    ],
  },
];

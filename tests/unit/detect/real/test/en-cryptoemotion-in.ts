import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoemotion.in/bitcoin-plunges-below-19000-ahead-of-fresh-u-s-cpi-report/',
    lang: 'en',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin plunges below $19,000 ahead of fresh U.S. CPI report',
    blocks: [
      'At press time the top cryptocurrency traded at about $18,718, down 2.7% in 24 hours, CoinGecko data show.',
      'It last traded this low on September 22; last week a rebound took it past $20,400.',
      'The biggest cryptocurrency is now 66% below its all-time high of around $69,000 from November 2021.',
      'Ethereum, the second-largest by market value, trades at $1,240 after a 4.6% daily loss.',
    ],
    expect: [p('$18,718', 18718), p('$20,400', 20400), p('$69,000', 69000), o('$1,240', 1240)],
  },
];

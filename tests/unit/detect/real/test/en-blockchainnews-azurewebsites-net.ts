import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchainnews.azurewebsites.net/flashnews/bitcoin-btc-surges-7-000-in-5-days-500m-shorts-liquidated',
    lang: 'en',
    tags: ['prose', 'change', 'format'],
    title:
      'Bitcoin (BTC) Surges $7,000 in 5 Days, $500M Shorts Liquidated; Watch $94K Close for $100K Breakout',
    blocks: [
      'Bitcoin (BTC) Surges $7,000 in 5 Days, $500M Shorts Liquidated; Watch $94K Close for $100K Breakout',
      'According to @BullTheoryio, Bitcoin (BTC) rose about $7,000 in the first five days of 2026, adding roughly $135 billion to its market cap, about 8%. The account reports around $500 million of short liquidations in 24 hours, the most in three months. For levels, it says BTC needs a daily close above 94,000 dollars to keep momentum toward the 100,000 dollar area.',
    ],
    expect: [
      o('$7,000', 7000),
      o('$500M', 500e6),
      p('$94K', 94000),
      p('$100K', 100000),
      o('$7,000', 7000),
      o('$135 billion', 135e9),
      o('$500 million', 500e6),
      p('94,000 dollars', 94000),
      p('100,000 dollar', 100000),
    ],
  },
];

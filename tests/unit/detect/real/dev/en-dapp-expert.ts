import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dapp.expert/news/en_microstrategy-expands-assets-with-the-purchase-of-15350-bitcoins-for-1-5-billion',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'MicroStrategy expands assets with the purchase of 15,350 bitcoins for $1.5 billion',
    blocks: [
      'MicroStrategy bought 15,350 bitcoins for a total of $1.5 billion, at an average price of $100,386 per BTC.',
      'That lifts its holdings to 439,000 BTC, bought for $27.1 billion in all; on average the company paid $61,725 per BTC.',
      'Michael Saylor said he would keep buying even above $100,000 and mentioned one day buying bitcoins for a million dollars each.',
    ],
    expect: [
      o('$1.5 billion', 1.5e9),
      p('$100,386', 100386),
      o('$27.1 billion', 27.1e9),
      p('$61,725', 61725),
      p('$100,000', 100000),
      p('a million dollars', 1e6),
    ],
  },
];

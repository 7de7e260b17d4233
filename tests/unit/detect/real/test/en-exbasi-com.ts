import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://exbasi.com/blog/microstrategy-stock-falls-what-the-bitcoin-slump-means-for-crypto-shares-barronscom-9097',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'MicroStrategy Stock Falls. What the Bitcoin Slump Means for Crypto Shares. — Barrons.com',
    blocks: [
      'By Callum KeownMicroStrategy and other crypto stocks fell early Tuesday as Bitcoin slumped below $90,000 to a three-month low.The three usually move with Bitcoin, which was down 6.8% at $87,604 Tuesday.MicroStrategy said it paid about $1.99 billion in cash for 20,356 Bitcoins between Feb.18 and Feb.23, at an average price of $97,514.The cryptocurrency’s slide means last week’s purchases have already lost around $200 million in value.',
      'Over the long run the buying has worked out — the average price paid for its 499,096 Bitcoins is $66,357 per token, still well below the current price. The holdings were worth close to $50 billion at one point on Friday — they’re now valued at $44 billion.',
    ],
    expect: [
      p('$90,000', 90000),
      p('$87,604', 87604),
      o('$1.99 billion', 1.99e9),
      p('$97,514', 97514),
      o('$200 million', 200e6),
      p('$66,357', 66357),
      o('$50 billion', 50e9),
      o('$44 billion', 44e9),
    ],
  },
];

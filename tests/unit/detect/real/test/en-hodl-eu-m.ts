import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://hodl.eu/mining/cost-of-mining-new-btc-getting-close-to-the-actual-market-price/',
    lang: 'en',
    tags: ['cost', 'forum', 'format'],
    title: 'Cost of mining new BTC getting close to the actual market price',
    blocks: [
      'Cost of mining new BTC getting close to the actual market price',
      'My rough maths for mining 1 Bitcoin is below. The inputs are very generous, and I suspect the real-world average cost is well above $5k.',
      'Power in China costs 4 cents kW (a fair benchmark, since most mining happens there on some of the world’s cheapest electricity)',
      '4,316,105.3 x 4 cents = $172,644',
      'Cost to create 1 Bitcoin (excluding hardware cost)',
      '$172,644 ÷ 75 (amount of Bitcoin generated per an hour) = $2,302',
    ],
    expect: [
      c('$5k', 5000),
      o('4 cents', 0.04),
      o('4 cents', 0.04),
      o('$172,644', 172644),
      o('$172,644', 172644),
      c('$2,302', 2302),
    ],
  },
];

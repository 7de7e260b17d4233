import { o, type RealCase } from '../labels';

// Blog rewrite of a CNBC feature on a Lebanese miner: monthly revenue and the minimum wage, both
// amounts near "bitcoin mining" that are not a coin price.
export const cases: RealCase[] = [
  {
    url: 'https://miningdisruptnews.blogspot.com/2022/11/with-bitcoin-mining-firm-that-has-been.html',
    lang: 'en',
    tags: ['prose'],
    title:
      'With a bitcoin mining firm that has been bringing in $20,000 per month, this 22-year-old can subsist in Lebanon.',
    blocks: [
      'With a bitcoin mining firm that has been bringing in $20,000 per month, this 22-year-old can subsist in Lebanon.',
      'Since 2019 the local currency has lost more than 95% of its value, the minimum wage has shrunk to $17 per month, and bank balances are just numbers on paper.',
    ],
    expect: [o('$20,000', 20000), o('$17', 17)],
  },
];

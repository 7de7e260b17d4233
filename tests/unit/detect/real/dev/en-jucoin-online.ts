import { o, p, type RealCase } from '../labels';

// An exchange wiki page on 0.01 BTC: a hypothetical price of one coin and the value of the fraction.
const url = 'https://www.jucoin.online/en/wiki/understanding-the-value-of-0-01-bitcoin-836';
const title = 'Understanding the Value of 0.01 Bitcoin';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'What is 0.01 Bitcoin?',
      '0.01 Bitcoin is a fraction of a Bitcoin, representing one hundredth of a single Bitcoin. Given the high value of Bitcoin, even a small fraction like 0.01 can have significant worth. For example, if one Bitcoin is valued at $50,000, then 0.01 Bitcoin would be worth $500.',
    ],
    expect: [p('$50,000', 50000), o('$500', 500)],
  },
];

import { o, p, type RealCase } from '../labels';

// Crypto blog archive snippet on Pizza Day: a BTC peak price, then the value of the 10,000 BTC
// pizza payment written out in full with "USD" (a total, so a negative).
export const cases: RealCase[] = [
  {
    url: 'https://crypto.icu/2022/10',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'What is Bitcoin Pizza Day?',
    blocks: [
      'What is Bitcoin Pizza Day?',
      'Bitcoin Pizza Day marks the first real-world Bitcoin purchase: 10,000 Bitcoins for 2 pizzas. At Bitcoin’s peak price of $64,800 on April 14, 2021, those two pizzas were worth $648,000,000 USD.',
    ],
    expect: [p('$64,800', 64800), o('$648,000,000 USD', 648e6)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mcc.exchange/2021/10/05/crypto-trading-space/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'The crypto craze: 4 cryptocurrency facts that’ll surprise you',
    blocks: [
      'India has some 12-15 crypto exchanges, and estimates of daily trading turnover run from Rs 500 crore to Rs 1,500 crore. Did you know Bitcoin’s market cap (Rs 50,57,561 crore) is more than three times that of India’s most valuable company, Reliance Industries (market cap Rs 14,11,500 crore)?',
    ],
    expect: [
      o('Rs 500 crore', 5e9, 'INR'),
      o('Rs 1,500 crore', 15e9, 'INR'),
      o('Rs 50,57,561 crore', 50575610000000, 'INR'),
      o('Rs 14,11,500 crore', 14115000000000, 'INR'),
    ],
  },
];

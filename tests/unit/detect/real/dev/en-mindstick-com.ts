import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.mindstick.com/interview/23450/what-is-bitcoin',
    lang: 'en',
    tags: ['forum', 'format', 'label-value'],
    title: 'What is Bitcoin?',
    blocks: [
      'Prakash nidhi Verma',
      'There are a number of currencies in this world used for trading amenities. Rupee, Dollar, Pound, Euro and Yen are some of them. Bitcoin is an electronically stored currency and you can’t touch it. It is an example of a cryptocurrency and the next big thing in finance.',
      '1 bitcoin= 4,35,677.02 Indian rupees.',
      '1 bitcoin= 6,332.98 United States Dollar',
    ],
    expect: [p('4,35,677.02 Indian rupees', 435677.02, 'INR'), p('6,332.98 United States Dollar', 6332.98)],
  },
];

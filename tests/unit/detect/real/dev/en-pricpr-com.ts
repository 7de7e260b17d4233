import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pricpr.com/bitcoin-the-unexpected-hero-of-pakistans-energy-crisis-%f0%9f%a4%94%f0%9f%92%a1',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin: The Unexpected Hero of Pakistan’s Energy Crisis?',
    blocks: [
      'The heart of the problem is capacity payments, fixed fees paid to power plants whether or not they generate, which have ballooned to 2.1 trillion Pakistan rupees ($7.45 billion) a year.',
      'Consumers are stuck with steep electricity rates (~16¢/kWh for businesses), which feeds the solar rush and deepens the costly imbalance.',
    ],
    expect: [o('2.1 trillion Pakistan rupees', 2.1e12, 'PKR'), o('$7.45 billion', 7.45e9), o('16¢', 0.16)],
  },
];

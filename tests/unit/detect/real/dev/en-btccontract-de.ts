import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btccontract.de/s/en/Bitcoin+Price+in+India+Today/7664',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin Price in India Today: Current Trends and Analysis',
    blocks: [
      {
        heading: '1. Understanding Bitcoin Price in India',
        text: 'Right now one Bitcoin (BTC) in India trades somewhere between INR 24,00,000 and INR 26,00,000, depending on the platform and the hour. The spread comes from markets that run 24/7.',
      },
    ],
    expect: [p('INR 24,00,000', 2400000, 'INR'), p('INR 26,00,000', 2600000, 'INR')],
  },
];

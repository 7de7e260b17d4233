import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://marketworth1.blogspot.com/2025/11/bitcoin-price-in-india-current-trends.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin Price in India: Current Trends, Predictions, and Investment Strategies for 2025',
    blocks: [
      'Today, November 21, 2025, with global volatility and a 3-7% dip pulling BTC under $86,000 USD, the Bitcoin price in India hovers around ₹78,00,000, a tempting entry point for the patient investor.',
    ],
    expect: [p('$86,000 USD', 86000), p('₹78,00,000', 7800000, 'INR')],
  },
];

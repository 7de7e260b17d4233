import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.arabhard.com/3253.html',
    lang: 'en',
    tags: ['prose', 'label-value', 'format'],
    title: 'Bitcoin price in the UK (GBP)',
    blocks: [
      {
        heading: 'Current Bitcoin Market Overview (GBP)',
        text: 'Bitcoin’s 24-hour trading range today runs from £79,498.82 to £81,030.18, moderate volatility despite record valuations. With a market capitalization above £1.3 trillion, Bitcoin remains the dominant cryptocurrency.',
      },
      'Key Metrics at a Glance:',
      '- All-Time High (USD): Approaching $73,750',
      '- Circulating Supply: 19,887,356 BTC (94.7% of total 21 million issued)',
      '- Market Cap: Over £1.3 trillion',
    ],
    expect: [
      p('£79,498.82', 79498.82, 'GBP'),
      p('£81,030.18', 81030.18, 'GBP'),
      o('£1.3 trillion', 1.3e12, 'GBP'),
      p('$73,750', 73750),
      o('£1.3 trillion', 1.3e12, 'GBP'),
    ],
  },
];

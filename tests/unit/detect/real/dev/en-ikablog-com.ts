import { o, p, type RealCase } from '../labels';

const row = (period: string, change: string, price: string) => [
  { text: period, header: 'Time Period' },
  { text: change, header: 'Price Change', row: period },
  { text: price, header: 'Current Price', row: period },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.ikablog.com/9818.html',
    lang: 'en',
    tags: ['label-value', 'prose'],
    blocks: [
      'As of mid-2024, the global crypto market cap stands at approximately $1.22 trillion, with Bitcoin dominating around 46.7% of the total value.',
      '1 Bitcoin (BTC) – The Digital Gold Standard',
      { text: 'Market Cap: $568.57 billion', heading: '1 Bitcoin (BTC) – The Digital Gold Standard' },
      { text: 'Price: $29,230.11', heading: '1 Bitcoin (BTC) – The Digital Gold Standard' },
      { text: 'Circulating Supply: 18.30 million', heading: '1 Bitcoin (BTC) – The Digital Gold Standard' },
      { text: 'Launched: 2009', heading: '1 Bitcoin (BTC) – The Digital Gold Standard' },
    ],
    expect: [o('$1.22 trillion', 1.22e12), o('$568.57 billion', 568.57e9), p('$29,230.11', 29230.11)],
  },
  {
    url: 'https://ikablog.com/8102.html',
    lang: 'en',
    tags: ['table', 'label-value', 'prose'],
    blocks: [
      {
        text: 'Bitcoin holds the top position in the global crypto market with a current market capitalization of $2.17 trillion, representing approximately 63.1% of the total cryptocurrency market dominance. The 24-hour trading volume stands at $25.8 billion, reflecting strong liquidity.',
        heading: 'Current Bitcoin Market Overview',
      },
      { text: 'Circulating Supply: 19,887,325 BTC', heading: 'Current Bitcoin Market Overview' },
      {
        text: 'Maximum Supply: 21,000,000 BTC (capped by design)',
        heading: 'Current Bitcoin Market Overview',
      },
      {
        text: 'Bitcoin reached its all-time high (ATH) on May 22, 2025, when the price peaked at $111,814.00. As of today, Bitcoin is trading at $108,977, just 2.6% below its peak value.',
        heading: 'Bitcoin All-Time High (ATH): Key Metrics',
      },
      ...row('1 hour', '-0.03%', '$109,009.70'),
      ...row('24 hours', '-0.75%', '$109,800.50'),
      ...row('7 days', '+1.72%', '$107,134.29'),
      ...row('30 days', '+3.04%', '$105,761.84'),
      ...row('1 year', '+88.87%', '$57,699.48'),
    ],
    expect: [
      o('$2.17 trillion', 2.17e12),
      o('$25.8 billion', 25.8e9),
      p('$111,814.00', 111814),
      p('$108,977', 108977),
      p('$109,009.70', 109009.7),
      p('$109,800.50', 109800.5),
      p('$107,134.29', 107134.29),
      p('$105,761.84', 105761.84),
      p('$57,699.48', 57699.48),
    ],
  },
];

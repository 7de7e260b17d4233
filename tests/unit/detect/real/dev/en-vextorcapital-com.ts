import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vextorcapital.com/crypto',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Cryptocurrency Prices & Market Data',
    blocks: [
      'Cryptocurrency Prices & Market Data',
      'Last updated: · All prices in USD · Timestamps in UTC',
      { text: '$2.26T', row: 'Total Market Cap' },
      'All digital assets (USD)',
      { text: '$49B', row: '24h Volume' },
      'Aggregate exchange volume',
      { text: '55.6%', row: 'BTC Dominance' },
      { text: '9.5%', row: 'ETH Dominance' },
      'btc$62.7k-0.9%eth$1.8k-0.7%sol$80.95-1.0%bnb$589.36+2.5%xrp$1.13-2.8%ada$0.19-2.2%avax$6.91-1.4%dot$0.88-1.2%',
      {
        text: 'Understanding the Global Cryptocurrency Market',
        heading: 'Understanding the Global Cryptocurrency Market',
      },
      {
        text: 'As of July 5, 2026, the total market capitalization of all tracked digital assets stands at approximately $2.26T, spanning thousands of projects from Bitcoin, the original proof-of-work cryptocurrency, to decentralized finance protocols.',
        heading: 'Understanding the Global Cryptocurrency Market',
      },
    ],
    expect: [
      o('$2.26T', 2.26e12),
      o('$49B', 49e9),
      p('$62.7k', 62700),
      o('$1.8k', 1800),
      o('$80.95', 80.95),
      o('$589.36', 589.36),
      o('$1.13', 1.13),
      o('$0.19', 0.19),
      o('$6.91', 6.91),
      o('$0.88', 0.88),
      o('$2.26T', 2.26e12),
    ],
  },
];

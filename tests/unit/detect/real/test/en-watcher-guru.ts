import { o, p, type RealCase } from '../labels';

// Crypto news site on the total market cap regaining $1 trillion: full unabbreviated dollar totals
// ("$1,000,325,561,069"), one BTC quote (price) and an ether quote (other).
export const cases: RealCase[] = [
  {
    url: 'https://watcher.guru/news/global-cryptocurrency-market-cap-reclaims-1-trillion',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Global Cryptocurrency Market Cap Reclaims $1 Trillion',
    blocks: [
      'Global Cryptocurrency Market Cap Reclaims $1 Trillion',
      'Global crypto market cap hits $1 trillion',
      {
        text: 'Per CoinGecko, the global crypto market cap stands at $1,000,325,561,069 at the time of writing, with 24-hour trading volume of $57,625,648,880.',
      },
      'BTC is currently trading at $20,082 and ETH stands at $1,347, up 3.34% and 1.88% in 24 hours.',
    ],
    expect: [
      o('$1 Trillion', 1e12),
      o('$1 trillion', 1e12),
      o('$1,000,325,561,069', 1000325561069),
      o('$57,625,648,880', 57625648880),
      p('$20,082', 20082),
      o('$1,347', 1347),
    ],
  },
];

import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://cloudcryptominer.com/bitcoin-mining-report-day-191/',
    lang: 'en',
    tags: ['cost', 'label-value', 'forum'],
    title: 'Bitcoin Mining Report Day 191',
    blocks: [
      'Saturday January 27, 2018',
      'Total BTC mined: 0.47219396',
      'Total BTC mined USD: $5411.50 (based on today’s current exchange rate)',
      'Total Spent: $1891.50',
      'Remaining to break even: $0.00',
      'ROI: 2.860',
      'Mine BTC in South Korea and you’d pay about $26k per coin, while in Venezuela it’s around $3k thanks to subsidies.',
    ],
    expect: [o('$5411.50', 5411.5), o('$1891.50', 1891.5), o('$0.00', 0), c('$26k', 26000), c('$3k', 3000)],
  },
];

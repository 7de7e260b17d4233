import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.benzinga.com/markets/cryptocurrency/22/02/25820670/bitcoin-falls-more-than-3-in-24-hours',
    lang: 'en',
    tags: ['prose', 'change'],
    title: 'Bitcoin Falls More Than 3% In 24 hours',
    blocks: [
      'Bitcoin Falls More Than 3% In 24 hours',
      'Bitcoin’s (CRYPTO: BTC) price is down 3.36% over the last 24 hours to $36,536.00, extending a weekly slide of -12.0% that took it from $41,359.16 to where it is now.',
      'Our data puts BTC at #1 in the market cap ranking, at 692.99 billion.',
    ],
    expect: [p('$36,536.00', 36536), p('$41,359.16', 41359.16)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinnewsinvest.com/cleanspark-reports-22-increase-in-bitcoin-mined-for-q1-2023-bitcoin-magazine',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'CleanSpark Reports 22% Increase In Bitcoin Mined For Q1 2023 – Bitcoin Magazine',
    blocks: [
      'CleanSpark Reports 22% Increase In Bitcoin Mined For Q1 2023 – Bitcoin Magazine',
      'CleanSpark mined 598 BTC in March, bringing its first-quarter total to 1,871. To fund growth and operations it sold 502 bitcoin during the month for proceeds of about $12.4 million, an average of roughly $24,800 per BTC.',
    ],
    expect: [o('$12.4 million', 12.4e6), p('$24,800', 24800)],
  },
];

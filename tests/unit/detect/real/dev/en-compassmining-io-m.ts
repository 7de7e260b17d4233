import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://compassmining.io/education/bitcoin-miners-q3-2023-reporting/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Miners Q3 2023 Reporting',
    blocks: [
      {
        text: 'Although Bitcoin rose 63% from $16,547 at the January 1, 2023 open to close at $26,967 on September 30, 2023, miners have struggled to come anywhere near a profit. Of the four in the table, only Marathon Digital reported a profit for both the quarter and the nine months, helped by an $82.6 million gain on extinguishing debt.',
        heading: 'Quarterly and Year to Date Reporting',
      },
    ],
    expect: [p('$16,547', 16547), p('$26,967', 26967), o('$82.6 million', 82.6e6)],
  },
];

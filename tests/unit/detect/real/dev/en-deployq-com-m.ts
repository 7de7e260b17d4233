import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://deployq.com/bitcoin-miners-october-2023-update',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Miners October 2023 Update',
    blocks: [
      'Better news: Bitcoin kept up its year-to-date rally and finished the month at $34,667, 33.7% above the end-of-September close, which eased pressure on North American miners.',
      {
        text: 'Argo’s October mining revenue came to $4.26 million, up 19% on the month before (September 2023: $3.59 million).',
        heading: 'Argo Blockchain (ARBK)',
      },
    ],
    expect: [p('$34,667', 34667), o('$4.26 million', 4.26e6), o('$3.59 million', 3.59e6)],
  },
  {
    url: 'https://deployq.com/bitcoin-miners-november-2023-update',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Miners November 2023 Update',
    blocks: [
      'Miners also got a big lift from fees, an extra 14% on top of the $1 billion in block rewards earned in the month. The fee total of $142.2 million was the highest on record.',
    ],
    expect: [o('$1 billion', 1e9), o('$142.2 million', 142.2e6)],
  },
];

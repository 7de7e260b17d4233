import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.inkl.com/news/bitcoin-drops-below-90-000-for-the-first-time-since-april',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin drops below $90,000 for the first time since April',
    blocks: [
      'Bitcoin drops below $90,000 for the first time since April',
      'Bitcoin slipped under $90,000 overnight as investors dumped assets that had soared, from cryptocurrencies to AI stocks.',
      'Early on Tuesday bitcoin fell to roughly $89,500.',
      'That is its first dip below $90,000 since April.',
      'The most popular cryptocurrency in the world had climbed close to $125,000 at the start of October, helped in part by excitement over a crypto-friendly administration in Washington.',
      'Around 10 am. ET, bitcoin was changing hands near $91,500, CoinDesk data showed.',
    ],
    expect: [
      p('$90,000', 90000),
      p('$90,000', 90000),
      p('$89,500', 89500),
      p('$90,000', 90000),
      p('$125,000', 125000),
      p('$91,500', 91500),
    ],
  },
  {
    url: 'https://www.inkl.com/news/bitcoin-drops-below-90-000-for-the-first-time-since-april',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin drops below $90,000 for the first time since April',
    blocks: [
      'Separately, a man convicted over the 2020 Twitter hack that hijacked accounts of prominent figures, among them former U.S. President Barack Obama, has been told to hand back 4.1 million pounds ($5.40 million) worth of Bitcoin.',
      "Britain's Crown Prosecution Service said on Monday it had won a civil recovery order to seize 42 Bitcoin and other crypto assets tied to the scam.",
    ],
    expect: [o('4.1 million pounds', 4.1e6, 'GBP'), o('$5.40 million', 5.4e6)],
  },
];

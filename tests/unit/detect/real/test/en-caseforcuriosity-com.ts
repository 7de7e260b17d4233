import { o, p, type RealCase } from '../labels';

// Personal investing diary: the sum invested in the subtitle, then per-coin levels.
export const cases: RealCase[] = [
  {
    url: 'https://caseforcuriosity.com/investing-in-bitcoin/',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'Adventures in Bitcoin Investing',
    blocks: [
      'Adventures in Bitcoin Investing',
      'I invested $10k in Bitcoin. Here’s what I learned along the way.',
      'It starts on a cold winter morning early in 2021: me hunched over a laptop, reading article after article and trying to decide whether to buy Bitcoin. After three years of mostly flat trading, the cryptocurrency had quadrupled in six months, going from just over $9,000 per coin in July 2020 to a peak of $40,287 in just five months.',
      'Bitcoin was having a moment.',
    ],
    expect: [o('$10k', 10000), p('$9,000', 9000), p('$40,287', 40287)],
  },
];

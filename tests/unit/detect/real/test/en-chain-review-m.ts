import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://chain.review/2023/05/11/cleansparks-bitcoin-mining-growth-amid-halving-event-eco-friendly-or-greenwashing',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'CleanSpark’s Bitcoin Mining Growth Amid Halving Event: Eco-Friendly or Greenwashing?',
    blocks: [
      'CleanSpark doubled the Bitcoin it mined last quarter versus Q2 a year earlier, yet revenue grew only 14%. CFO Gary A. Vecchiarelli blamed weak Bitcoin prices: revenue per Bitcoin this quarter was about $22,700, compared with more than $41,000 a year ago.',
    ],
    expect: [p('$22,700', 22700), p('$41,000', 41000)],
  },
];

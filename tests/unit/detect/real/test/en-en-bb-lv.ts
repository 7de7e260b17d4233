import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://en.bb.lv/article/business/2025/12/10/where-bitcoin-is-mined-the-cheapest-you-will-be-surprised-80071/amp',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Where bitcoin is mined the cheapest: you will be surprised',
    blocks: [
      'A new study of global electricity prices shows where mining one bitcoin costs the least.',
      'Iran tops the ranking: the electricity needed to obtain one bitcoin costs $1,324 there, followed by Ethiopia at $1,986.',
    ],
    expect: [c('$1,324', 1324), c('$1,986', 1986)],
  },
];

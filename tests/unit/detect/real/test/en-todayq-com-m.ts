import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.todayq.com/miners-and-their-profits-are-in-a-rough-spot-as-the-cost-of-bitcoin-production-rises/',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'anaphora'],
    title: 'Miners and their profits are in a rough spot as the cost of Bitcoin production rises',
    blocks: [
      'Bitcoin mining has been the talk of the industry lately, with difficulty expected to climb while prices barely move.',
      'Mining Bitcoin now costs as much as $19.3k, which is unlikely to help miners.',
      'Glassnode data show the difficulty regression model rising overall recently. With production costs up, miners now have to spend $19.3k to mine 1 Bitcoin.',
    ],
    expect: [c('$19.3k', 19300), c('$19.3k', 19300)],
  },
];

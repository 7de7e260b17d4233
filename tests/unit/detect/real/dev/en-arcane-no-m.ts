import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://arcane.no/research/hashprice-the-king-of-bitcoin-mining-metrics',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Hashprice: The king of bitcoin mining metrics',
    blocks: [
      'Hashprice: The king of bitcoin mining metrics',
      'Take the Antminer S19j Pro, which produces 100 TH/s. Today’s daily hashprice is $0.19 per TH/s, so the rig’s daily revenue is $0.19 times 100, or $19 per day.',
    ],
    expect: [o('$0.19 per TH/s', 0.19), o('$0.19', 0.19), o('$19 per day', 19)],
  },
];

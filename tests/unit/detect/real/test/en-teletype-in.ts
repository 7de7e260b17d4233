import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://teletype.in/@bitcoin/bitcoin-halving',
    lang: 'en',
    tags: ['label-value', 'widget'],
    title: 'Bitcoin Block Reward Halving',
    blocks: [
      'Bitcoin Block Reward Halving',
      '11 May 2020 22:17:58 UTC',
      'Bitcoin price $8,500',
      'What is a block halving event?',
      'As part of Bitcoin’s coin issuance, miners are rewarded a certain amount of bitcoins whenever a block is produced (approximately every 10 minutes). As of now, the block reward is 6.25 coins per block and will decrease to 3.125 coins per block post halving.',
    ],
    expect: [p('$8,500', 8500)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://education.compassmining.io/education/bitfarms-hive-and-cleanspark-stand-out-in-may-updates/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitfarms, Hive and CleanSpark Stand Out in May Updates',
    blocks: [
      {
        text: 'Bitfarms lifted its hashrate by 100 PH/s to 3.4 EH/s and produced 431 Bitcoin, or 13.9 Bitcoin a day. That is worth $431,000 per day, roughly $13.3 million for the month, at a Bitcoin price of $31,000. At May 31 it held 6,075 Bitcoin worth $188 million in total.',
        heading: 'Bitfarms',
      },
      { text: 'At May 31, Cleanspark held 550 Bitcoin, about $17.5 million.', heading: 'Cleanspark' },
    ],
    expect: [
      o('$431,000 per day', 431000),
      o('$13.3 million', 13.3e6),
      p('$31,000', 31000),
      o('$188 million', 188e6),
      o('$17.5 million', 17.5e6),
    ],
  },
];

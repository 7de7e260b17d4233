import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forums.servethehome.com/index.php?threads/any-ny-crypto-miners.18244/#post-176530',
    lang: 'en',
    tags: ['forum', 'format', 'cost'],
    title: 'Any NY crypto miners?',
    blocks: [
      'start by working out your average cost per kwh.',
      'usually you can just divide the total bill by the KHW used.',
      '300 dollars / 1350 KWH = .22 Cent per KWH',
      'A month mining .5 coins a day is about 15 coins. At the current value of 8.00 per coin that’s 120.00 in total.',
      'Take off 56 dollars of power and you keep a profit of 64 dollars.',
    ],
    expect: [o('300 dollars', 300), o('.22 Cent'), o('56 dollars', 56), o('64 dollars', 64)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://thecalminvestor.com/tag/cathie-wood/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'What Cathie Wood gets right',
    blocks: [
      'In a recent Bloomberg interview, Cathie Wood predicted Bitcoin will be $1 Million by 2030.',
      'For reference, BTC is $16.5k as I write. That is about a 6000% rise from here.',
      'Why would a fund manager down over 60% on the year make such a wild call? Why not a sedate $100K, still a 600% gain?',
      'The BTC $1M prediction makes perfect sense once you unpack Ark’s marketing strategy.',
    ],
    expect: [p('$1 Million', 1e6), p('$16.5k', 16500), p('$100K', 100000), p('$1M', 1e6)],
  },
];

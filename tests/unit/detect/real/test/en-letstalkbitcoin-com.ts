import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://letstalkbitcoin.com/forum/post/cryptocurrency-analytics-from-fxopen31-10-2017',
    lang: 'en',
    tags: ['forum', 'format'],
    title: 'Cryptocurrency analytics from FXOpen 31-10-2017',
    blocks: [
      'Bitcoin jumped to a new all-time high today after the CME announced BTC futures this year. Earlier we hit $6,435 dollars per coin and we are now quoted just off the highs at $6,424.',
    ],
    expect: [p('$6,435 dollars', 6435), p('$6,424', 6424)],
  },
];

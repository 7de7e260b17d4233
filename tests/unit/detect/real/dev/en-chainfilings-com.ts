import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://chainfilings.com/articles/cleanspark-clsk-q1-2026-1795-btc-mined-47-exahash-2026-06-17',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    blocks: [
      '"During the three months ended March 31, 2026, we mined 1,795 bitcoin with an average bitcoin price of $75,989 as compared to 1,957 bitcoin with an average bitcoin price of $92,870 during the three months ended March 31, 2025."— CleanSpark, Inc. Form 10-Q, source',
      'Two things moved against the company year over year, and they compound. First, CleanSpark mined fewer coins — 1,795 versus 1,957, a decline of roughly 8% — despite running substantial hashrate. Second, the average bitcoin price fell from $92,870 to $75,989, an 18% drop.',
    ],
    expect: [p('$75,989', 75989), p('$92,870', 92870), p('$92,870', 92870), p('$75,989', 75989)],
  },
];

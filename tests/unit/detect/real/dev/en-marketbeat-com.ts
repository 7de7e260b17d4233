import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.marketbeat.com/earnings/reports/2023-8-8-marathon-patent-group-inc-stock',
    lang: 'en',
    tags: ['widget', 'format', 'label-value'],
    title: 'Marathon Digital Q2 2023 Earnings Report',
    blocks: [
      'NASDAQ:MARA Marathon Digital Q2 2023 Earnings Report $17.23 +0.48 (+2.85%) As of 11:58 AM Eastern',
      'Marathon Digital Revenue ResultsActual Revenue$81.76 millionExpected Revenue$83.20 millionBeat/MissMissed by -$1.44 millionYoY Revenue GrowthN/A',
      'Marathon is building a 250 MW immersion-cooled site in Abu Dhabi (sub-$0.04 cost basis) and holds $128 M in cash plus ~12,538 BTC on the balance sheet (fair value ~$382 M).',
    ],
    expect: [
      o('$17.23', 17.23),
      o('$81.76 million', 81.76e6),
      o('$83.20 million', 83.2e6),
      o('$1.44 million', 1.44e6),
      o('$0.04', 0.04),
      o('$128 M', 128e6),
      o('$382 M', 382e6),
    ],
  },
];

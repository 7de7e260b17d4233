import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coingraph.news/record-breaking-month-for-bitcoin-13-rise-in-2021-expected',
    lang: 'en',
    tags: ['prose', 'change', 'anaphora'],
    title: 'Record-breaking month for Bitcoin',
    blocks: [
      'A visual representation of Bitcoin shown in front of a price chart in Paris, June 25, 2019. That Monday Bitcoin broke the $11,000 mark, its highest level since March 5, 2018.',
      'Bitcoin is about to set two records within hours as it trades near $70,800. The first is the highest monthly candle ever, 13% above the 2021 record. The second is the highest monthly close, beating the previous record of $61,400 from 2021. Although it reached an all-time high of $68,900 in 2021, Bitcoin never managed a monthly close above $61,400.',
      'In March 2021, Bitcoin closed at $58,800 after a monthly high of $61,700. The next month it closed $100 lower, at around $58,700, even though it had set a new all-time high of $64,700 earlier in the month. After a 55% drop to $29,000, it recovered by year end and made new highs in October and November.',
      'In 2024, Bitcoin has now passed all previous highs, reaching a new high of $73,640.',
    ],
    expect: [
      p('$11,000', 11000),
      p('$70,800', 70800),
      p('$61,400', 61400),
      p('$68,900', 68900),
      p('$61,400', 61400),
      p('$58,800', 58800),
      p('$61,700', 61700),
      o('$100', 100),
      p('$58,700', 58700),
      p('$64,700', 64700),
      p('$29,000', 29000),
      p('$73,640', 73640),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://crypto-news.club/bitcoins-rally-to-62000-triggers-26-65-million-short-squeeze-in-4-hours',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin’s Rally to $62,000 Triggers $26.65 Million Short Squeeze in 4 Hours',
    blocks: [
      'Bitcoin’s Rally to $62,000 Triggers $26.65 Million Short Squeeze in 4 Hours',
      'From a low of $56,500 on April 30, bitcoin rose to a peak of $62,109 by Friday, May 3, after the earlier slump.',
      'BTC gained 4.5% against the dollar on Friday, recovering from last week’s drop under the psychological $60,000 mark. At 8 a.m. ET it sat just above $59,000; buying then pushed it to a daily high of $62,109 by 11 a.m.',
      'Bitcoin made up about $33.28 billion of the crypto economy’s $89.19 billion in trading volume. Coinglass shows $26.65 million of bitcoin shorts liquidated in four hours; ETH shorts lost $16.93 million and $4.51 million of SOL shorts were wiped out. In all $139.97 million was liquidated, $94.78 million of it shorts.',
      'BTC has since pulled back from the $62K peak to between $61,600 and $61,800 per coin in the past hour.',
    ],
    expect: [
      p('$62,000', 62000),
      o('$26.65 Million', 26.65e6),
      p('$56,500', 56500),
      p('$62,109', 62109),
      p('$60,000', 60000),
      p('$59,000', 59000),
      p('$62,109', 62109),
      o('$33.28 billion', 33.28e9),
      o('$89.19 billion', 89.19e9),
      o('$26.65 million', 26.65e6),
      o('$16.93 million', 16.93e6),
      o('$4.51 million', 4.51e6),
      o('$139.97 million', 139.97e6),
      o('$94.78 million', 94.78e6),
      p('$62K', 62000),
      p('$61,600', 61600),
      p('$61,800', 61800),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bithubi.com/?p=15993',
    lang: 'en',
    tags: ['prose'],
    title: 'MicroStrategy buys another 1,070 BTC',
    blocks: [
      'MicroStrategy, known for its aggressive Bitcoin buying, added 1,070 BTC last week for about $101 million.',
      'An SEC filing on January 6 put the average purchase price at $94,004 per Bitcoin (BTC).',
      'Its holdings now total 447,470 BTC, bought for $27.97 billion including fees. The company’s average price per Bitcoin now stands at $62,503.',
      'At market prices the stash is worth more than $44 billion. MicroStrategy shares traded at $352.03 per share before the open on January 6.',
      'The buy was funded by selling 319,586 shares for $101 million, part of a $21 billion equity and $21 billion fixed-income raise; last week the company added a $2 billion preferred stock offering.',
    ],
    expect: [
      o('$101 million', 101e6),
      p('$94,004', 94004),
      o('$27.97 billion', 27.97e9),
      p('$62,503', 62503),
      o('$44 billion', 44e9),
      o('$352.03', 352.03),
      o('$101 million', 101e6),
      o('$21 billion', 21e9),
      o('$21 billion', 21e9),
      o('$2 billion', 2e9),
    ],
  },
];

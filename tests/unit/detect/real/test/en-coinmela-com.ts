import { o, p, type RealCase } from '../labels';

// "average cost ... per coin" is Strategy's purchase price, not a mining cost.
export const cases: RealCase[] = [
  {
    url: 'https://coinmela.com/?p=46325',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Strategy shares drop as Bitcoin hits new one-year lows',
    blocks: [
      'Strategy holds over 713,000 Bitcoins, bought at an average cost near $76,000 per coin, so the latest plunge has left it with large unrealized losses.',
      'Earlier this week Strategy disclosed buying 855 Bitcoins for about $75.3 million, an average of $87,974 per coin, just before a sell-off pushed the price under $75,000 and left it with nearly $1 billion of unrealized losses. Bitcoin now trades around $74,000.',
      'Its total holdings of 713,502 BTC cost roughly $54.26 billion, or an average of $76,052 per coin.',
    ],
    expect: [
      p('$76,000', 76000),
      o('$75.3 million', 75.3e6),
      p('$87,974', 87974),
      p('$75,000', 75000),
      o('$1 billion', 1e9),
      p('$74,000', 74000),
      o('$54.26 billion', 54.26e9),
      p('$76,052', 76052),
    ],
  },
];

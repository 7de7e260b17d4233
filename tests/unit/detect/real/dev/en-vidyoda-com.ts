import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vidyoda.com/1934.html',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cathie Wood: Bitcoin could reach $1 million',
    blocks: [
      'In a recent interview Cathie Wood, founder of Ark Investment Management, repeated her bullish view, saying the leading cryptocurrency could reach $1 million within the next five to seven years**—and potentially soar to **$1.3 million by 2030 in a bull market.',
      'Why Bitcoin Could Hit $1 Million',
    ],
    expect: [p('$1 million', 1e6), p('$1.3 million', 1.3e6), p('$1 Million', 1e6)],
  },
];

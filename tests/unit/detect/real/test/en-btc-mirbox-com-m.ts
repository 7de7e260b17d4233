import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btc-mirbox.com/?p=74821',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Historical Bitcoin Price Data: A Detailed Overview',
    blocks: [
      {
        text: 'As Bitcoin caught on, its price began to climb, reaching $1 for the first time in 2011. The first big bubble came in 2013, when the price shot to nearly $1,200 on speculation and hype, before collapsing back to around $200 by year-end.',
        heading: 'Initial Growth and the First Bubble',
      },
      {
        text: 'The next bubble began in 2017: from around $1,000 in January it soared to an all-time high of nearly $20,000 in December, then burst, sinking to around $3,000 by the end of 2018.',
        heading: 'The Second Bubble and the Rise of Bitcoin',
      },
    ],
    expect: [
      p('$1', 1),
      p('$1,200', 1200),
      p('$200', 200),
      p('$1,000', 1000),
      p('$20,000', 20000),
      p('$3,000', 3000),
    ],
  },
];

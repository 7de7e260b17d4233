import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lihpao.com/?p=333717',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoin is decentralized, meaning it is not controlled by any government or financial institution. As of 2021, there are over 18 million bitcoins in circulation with a total market capitalization of over $1 trillion.',
      {
        text: 'The first trade of Bitcoin took place on May 22nd, 2010 when programmer Laszlo Hanyecz purchased two pizzas for 10,000 BTC. At the time, Bitcoin had no established value so the exact amount paid for the pizzas is unknown. However, it is estimated that the pizzas cost around $25 USD.',
        heading: 'A Historical Look at the Price of Bitcoin – How Much Did Bitcoin Start At?',
      },
      {
        text: 'On July 17th, 2010, the price of Bitcoin hit its first peak of $0.08 per coin. Afterward, the price dropped drastically and bottomed out at just $0.01 per coin in November of that year.',
        heading: 'A Historical Look at the Price of Bitcoin – How Much Did Bitcoin Start At?',
      },
      {
        text: 'The initial exchange rate of Bitcoin was established in March of 2011 when Mt. Gox, the world’s first Bitcoin exchange, opened its doors. The rate was set at 1 USD = 1,309.03 BTC.',
        heading: 'A Historical Look at the Price of Bitcoin – How Much Did Bitcoin Start At?',
      },
    ],
    expect: [o('$1 trillion', 1e12), o('$25 USD', 25), p('$0.08', 0.08), p('$0.01', 0.01), o('1 USD', 1)],
  },
];

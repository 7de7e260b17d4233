import { o, p, type RealCase } from '../labels';

// A Hive blog post: monthly "$100" buys in a list; only "$0.09" is a price of one coin.
export const cases: RealCase[] = [
  {
    url: 'https://leofinance.io/@themarkymark/what-if-you-bought-usd100-worth-of-btc-every-month-since-creation',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'What if you bought $100 worth of BTC every month since creation',
    blocks: [
      "No one really knew what Bitcoin would become, but let's say you did. So you decided to buy $100 worth of Bitcoin each month since the start.",
      'If you bought $100 worth of BTC since July 2010 when it was worth roughly $0.09, you would have accumulated 8123.941409 BTC. I am ignoring transaction fees for simplicity.',
      'This would have cost you around $12,900, for a return on investment of 36,069%.',
      'The first month you would be able to buy 1,111 BTC for $100.',
      "May 2011 would be the first month you couldn't buy 100 BTC with $100.",
      "April 2013 would be the first month you couldn't buy 1 BTC with $100.",
      'Today you would be able to buy 0.001759726890386 BTC for $100.',
      "Let's dream a little, what would you be able to get with $465+ million dollars?",
    ],
    expect: [
      o('$100', 100),
      o('$100', 100),
      p('$0.09', 0.09),
      o('$12,900', 12900),
      o('$100', 100),
      o('$100', 100),
      o('$100', 100),
      o('$100', 100),
      o('$465+ million dollars', 465e6),
    ],
  },
];

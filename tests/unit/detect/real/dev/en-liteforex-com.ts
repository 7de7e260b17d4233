import { o, p, type RealCase } from '../labels';

// Broker news: "6 000 USD" with a space, a one-day loss, a bare level ("the level 5995.58", a price in
// dollars) and "6156.13 USD".
export const cases: RealCase[] = [
  {
    url: 'https://www.liteforex.com/trading/detail/forex-news/74676/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change', 'format'],
    blocks: [
      'Bitcoin price was sharply down at 6 000 USD on Tuesday. The cryptocurrency lost $2000 in price in just a day, according to CoinDesk.',
      'Such a deep dive is the first since November 2017, when its price reached the level 5995.58. Already in December, bitcoin price reached its all-time high of $20 000, after which it started its fast decline.',
      'On Tuesday, at 8.15 GMT bitcoin price was 11% down, at 6156.13 USD.',
      'Other cryptocurrencies are also falling in price.',
    ],
    expect: [
      p('6 000 USD', 6000),
      o('$2000', 2000),
      p('5995.58', 5995.58),
      p('$20 000', 20000),
      p('6156.13 USD', 6156.13),
    ],
  },
];

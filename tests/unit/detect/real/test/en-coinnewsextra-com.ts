import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinnewsextra.com/11th-anniversary-of-national-bitcoin-pizza-day/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: '11th Anniversary of National Bitcoin Pizza Day',
    blocks: [
      'A bitcoin user, Jeremy Jercos Sturdivant, accepted Hanyecz’s offer and bought him the two pizzas in exchange for the 10,000 Bitcoins. Even so, the buyer got a bargain, paying $25 for the pizzas while 10,000 Bitcoins were worth around $41 at the time.',
      'Nine months after the deal, Bitcoin reached parity with the U.S. dollar, which made the two pizzas worth $10,000, and in 2015, on the fifth anniversary, the two pizzas were valued at $2.4 million.',
    ],
    expect: [o('$25', 25), o('$41', 41), o('$10,000', 10000), o('$2.4 million', 2.4e6)],
  },
];

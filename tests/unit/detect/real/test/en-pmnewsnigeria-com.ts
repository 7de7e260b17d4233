import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.pmnewsnigeria.com/2020/08/02/bitcoin-price-rises-for-first-time-since-2019/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin price rises to $12,000 for first time since 2019',
    blocks: [
      'The price of the Bitcoin cryptocurrency climbed to $12,000 for the first time since August 2019.',
      'One bitcoin now equals N4,278,681.60 (i.e four million, two hundred and seventy-eight thousand, six hundred and eighty-one Naira).',
      'Sunday trading data showed Bitcoin at $11,918 at 04:03 GMT before it rose 5.41 percent. On the Binance exchange its value climbed to $11,980.',
      'During Sunday’s session the Bitcoin price hit the $12,000 mark for the first time since 9 August 2019.',
    ],
    expect: [
      p('$12,000', 12000),
      p('N4,278,681.60', 4278681.6, 'NGN'),
      p(
        'four million, two hundred and seventy-eight thousand, six hundred and eighty-one Naira',
        4278681,
        'NGN',
      ),
      p('$11,918', 11918),
      p('$11,980', 11980),
      p('$12,000', 12000),
    ],
  },
];

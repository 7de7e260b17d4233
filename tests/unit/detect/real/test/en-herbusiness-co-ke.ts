import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.herbusiness.co.ke/why-the-price-of-bitcoin-in-kenya-is-significantly-higher/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Why the price of bitcoin in Kenya is significantly higher',
    blocks: [
      'Today bitcoin is quoted at Sh. 1,668,754 internationally, yet in Kenya its price is Sh. 1,984,991. Why is it so much higher here, and can that be fixed?',
    ],
    expect: [p('Sh. 1,668,754', 1668754, 'KES'), p('Sh. 1,984,991', 1984991, 'KES')],
  },
];

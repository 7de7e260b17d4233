import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.spuntinieconomici.com/news/i-margini-sempre-piu-stretti-di-chi-produce-bitcoin/',
    lang: 'it',
    tags: ['cost', 'prose'],
    title: 'I margini sempre più stretti di chi "produce" bitcoin',
    blocks: [
      'I margini sempre più stretti di chi "produce" bitcoin',
      "Nel 2024 arriva l'halving, che ogni quattro anni dimezza il premio in bitcoin dei miners. I loro margini si assottigliano e i costi, soprattutto energia e hardware, vanno tagliati. Oggi la spesa media dei grandi miners supera già il valore del Bitcoin, che si muove intorno ai 47.000 euro",
    ],
    expect: [p('47.000 euro', 47000, 'EUR')],
  },
];

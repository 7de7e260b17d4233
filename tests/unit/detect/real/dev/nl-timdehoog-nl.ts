import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.timdehoog.nl/2019/08/26/wat-is-bitcoin-en-zou-je-het-moeten-gebruiken/',
    lang: 'nl',
    tags: ['prose'],
    title: 'Wat is Bitcoin en zou je het moeten gebruiken?',
    blocks: [
      'Vrijwel iedereen kent het begrip Bitcoin (BTC), dat sinds 2017 veel aandacht krijgt in de media. Het is een digitale valuta die via het wereldwijde web door iedereen gebruikt kan worden.',
      'Ik volg de technologie al een aantal jaren, dus tijd om mijn kennis in een blog te delen. Op het moment dat ik dit schrijf is 1 BTC gelijk aan 10.146,92 dollar.',
    ],
    expect: [p('10.146,92 dollar', 10146.92)],
  },
];

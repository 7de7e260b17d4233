import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www-rc.weex.tech/it/learn/articles/if-you-invested-1000-in-bitcoin-10-years-ago-heres-how-much-youd-have-now-3836',
    lang: 'it',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Se avessi investito 1.000 dollari in Bitcoin 10 anni fa, ecco quanto avresti adesso',
    blocks: [
      'Se avessi investito 1.000 dollari in Bitcoin 10 anni fa, ecco quanto avresti adesso',
      'Un esempio famoso è la prima transazione Bitcoin documentata nel mondo reale, nel 2010, quando un utente spese 10.000 BTC per due pizze. All’epoca quei bitcoin valevano circa 40 dollari. Nel maggio 2025, quando il prezzo del Bitcoin si è avvicinato per la prima volta a 112.000 dollari, la stessa somma ha superato 1,1 miliardi di dollari.',
    ],
    expect: [
      o('1.000 dollari', 1000),
      o('40 dollari', 40),
      p('112.000 dollari', 112000),
      o('1,1 miliardi di dollari', 1.1e9),
    ],
  },
  {
    url: 'https://www-rc.weex.tech/it/learn/articles/if-you-invested-1000-in-bitcoin-10-years-ago-heres-how-much-youd-have-now-3836',
    lang: 'it',
    tags: ['prose'],
    title: 'Se avessi investito 1.000 dollari in Bitcoin 10 anni fa, ecco quanto avresti adesso',
    blocks: [
      'Questo porta a una domanda interessante: quanto varrebbe oggi un investimento di 1.000 dollari in Bitcoin fatto dieci anni fa?',
      'Quanto denaro avresti se avessi investito 1.000 dollari in Bitcoin 10 anni fa?',
    ],
    expect: [o('1.000 dollari', 1000), o('1.000 dollari', 1000)],
  },
];

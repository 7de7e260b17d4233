import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://profit.ro/povesti-cu-profit/financiar/bitcoin-se-indreapta-spre-2-800-de-dolari-valoarea-monedei-virtuale-aproape-s-a-triplat-de-la-inceputul-anului-17000191',
    lang: 'ro',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title:
      'Bitcoin se îndreaptă spre 2.800 de dolari. Valoarea monedei virtuale aproape s-a triplat de la începutul anului',
    blocks: [
      'Bitcoin se îndreaptă spre 2.800 de dolari. Valoarea monedei virtuale aproape s-a triplat de la începutul anului',
      'Bitcoin bifează noi recorduri. Moneda virtuală a câștigat aproape 290 de dolari în tranzacțiile intraday de joi și se apropie de prețul de 2.800 dolari pe unitate, pe fondul cererii puternice din Asia.',
      'Cea mai cunoscută monedă virtuală a urcat astăzi până la un maxim de 2.791,70 dolari/unitate, un nou record istoric, cu aproape 290 dolari peste prețul de 2.502,71 dolari/unitate consemnat la închiderea de miercuri, potrivit datelor CoinDesk.',
      'CITEȘTE ȘI Bitcoin sare în premieră de 2.200 dolari. "Regretul" unui trader: 1.000 dolari investiți în moneda virtuală în 2010 ar valora acum 35 milioane dolari',
      'În jurul orei 18:20 (ora României), un bitcoin era cotat la 2.777,77 dolari, în urcare cu 11% față de referință.',
    ],
    expect: [
      p('2.800 de dolari', 2800),
      o('290 de dolari', 290),
      p('2.800 dolari', 2800),
      p('2.791,70 dolari', 2791.7),
      o('290 dolari', 290),
      p('2.502,71 dolari', 2502.71),
      p('2.200 dolari', 2200),
      o('1.000 dolari', 1000),
      o('35 milioane dolari', 35e6),
      p('2.777,77 dolari', 2777.77),
    ],
  },
];

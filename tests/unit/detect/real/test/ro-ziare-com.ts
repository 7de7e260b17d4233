import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ziare.com/joe-biden/presedinte-sua/cotatia-bitcoin-a-depasit-pragul-de-60-000-de-dolari-dupa-ce-populatia-a-primit-banii-din-planul-de-relansare-al-guvernului-1667309',
    lang: 'ro',
    tags: ['prose', 'anaphora', 'format'],
    title:
      'Cotatia bitcoin a depasit pragul de 60.000 de dolari dupa ce populatia a primit banii din planul de relansare al guvernului',
    blocks: [
      'Potrivit site-ului specializat CoinMarketCap, sambata la pranz cea mai populara criptomoneda a urcat pana la 60.197 dolari iar seara chiar pana la 61.683 dolari. In doar trei luni bitcoin a doborat record dupa record si si-a triplat valoarea: daca la mijlocul lui decembrie valora doar 20.000 de dolari, acum o luna trecea de pragul de 50.000 de dolari, iar ieri a depasit 60.000 de dolari.',
      'In acest week-end americanii ar urma sa primeasca cecurile si viramentele de 1.400 de dolari pe persoana prevazute in planul de 1.900 de miliarde de dolari semnat joi de Joe Biden, a anuntat vineri Casa Alba.',
      'Pe langa fondurile de investitii si anumite companii precum constructorul american de automobile Tesla , care a investit 1,5 miliarde dolari in bitcoin, tot mai multe persoane fizice au inceput sa cumpere fractiuni de bitcoin.',
    ],
    expect: [
      p('60.197 dolari', 60197),
      p('61.683 dolari', 61683),
      p('20.000 de dolari', 20000),
      p('50.000 de dolari', 50000),
      p('60.000 de dolari', 60000),
      o('1.400 de dolari', 1400),
      o('1.900 de miliarde de dolari', 1.9e12),
      o('1,5 miliarde dolari', 1.5e9),
    ],
  },
  {
    url: 'https://ziare.com/economie/stiri-economice/bitcoin-crestere-18-la-suta-24-iunie-1686611',
    lang: 'ro',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Miercuri, bitcoin a urcat la peste 34.000 de dolari pe unitate, cu un maxim de 34.367 de dolari pe unitate, potrivit datelor Coin Metrics.Si alte criptomonede au crescut, ether avansand cu 6%, la 2.014 dolari pe untiate, iar XRP cu 9%, la 64 de centi.',
      'Bitcoin a avut un inceput de an foarte bun, atingand un maxim istoric de aproape 65.000 de dolari inaintea debutului bursier al platformei Coinbase. Cea mai valoroasa criptomoneda din lume a evoluat apoi inconstant, pierzand aproape jumatate din valoare dupa o serie de stiri negative.',
    ],
    expect: [
      p('34.000 de dolari', 34000),
      p('34.367 de dolari', 34367),
      o('2.014 dolari', 2014),
      o('64 de centi', 0.64),
      p('65.000 de dolari', 65000),
    ],
  },
];

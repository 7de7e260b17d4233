import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://computermente.blogspot.com/2024/12/previsioni-sul-prezzo-di-bitcoin-2025-e.html',
    lang: 'it',
    tags: ['prose', 'format'],
    title: 'Previsioni sul prezzo di Bitcoin 2025 e oltre',
    blocks: [
      '• Per Michael Saylor, CEO di MicroStrategy, il prezzo di Bitcoin potrebbe toccare i 13 milioni di dollari entro il 2045, con una crescita media annua del 29%.',
      '• Daniele Bernardi, con un modello basato sul "tasso di adozione", vede un picco di 261.000 dollari per Bitcoin nel 2025, il doppio della stima precedente.',
      '• Il modello di Bernardi proietta un prezzo di Bitcoin compreso tra 8,3 e 21,6 milioni di dollari entro il 2045, a seconda della curva scelta.',
    ],
    expect: [
      p('13 milioni di dollari', 13e6),
      p('261.000 dollari', 261000),
      p('8,3', 8.3e6),
      p('21,6 milioni di dollari', 21.6e6),
    ],
  },
];

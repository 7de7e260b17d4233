import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.news247.fr/article/bitcoin-la-descente-aux-enfers-continue',
    lang: 'fr',
    tags: ['anaphora', 'format'],
    title: 'Bitcoin : la descente aux enfers continue',
    blocks: [
      {
        text: "Depuis son pic d'octobre, le BTC a perdu 50% de sa valeur. (D'après nos confrères de Journal du Coin)",
        heading: 'Un plongeon vertigineux',
      },
      {
        text: 'Imaginez : 10 000€ placés en octobre, il vous en reste 5 000€. Le choc est rude.',
        heading: 'Un plongeon vertigineux',
      },
    ],
    expect: [o('10 000€', 10000, 'EUR'), o('5 000€', 5000, 'EUR')],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://yellow.com/fr/research/gold-vs-bitcoin-en-2025-comment-le-crash-de-25t-a-changé-les-actifs-de-refuge',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title:
      'Or vs Bitcoin en 2025 : comment le krach de 2 500 milliards de dollars a changé les actifs refuges',
    blocks: [
      'Or vs Bitcoin en 2025 : comment le krach de 2 500 milliards de dollars a changé les actifs refuges',
      "En deux séances, l'or a effacé 2,5 trillions de dollars de capitalisation, plus que toute la capitalisation de Bitcoin, environ 2,2 trillions de dollars. Le métal a chuté de 8 %, d'environ 4 375 dollars l'once à 4 042 dollars.",
      "La capitalisation de l'or avait gonflé jusqu'à environ 27,8 trillions de dollars début octobre 2025. La cryptomonnaie, passée au-dessus des 100 000 dollars pour la première fois en décembre 2024 et montée à un record de 125 245 dollars début octobre 2025, s'était stabilisée au-dessus du seuil psychologique de 100 000 dollars.",
    ],
    expect: [
      o('2 500 milliards de dollars', 2.5e12),
      o('2,5 trillions de dollars', 2.5e12),
      o('2,2 trillions de dollars', 2.2e12),
      o('4 375 dollars', 4375),
      o('4 042 dollars', 4042),
      o('27,8 trillions de dollars', 27.8e12),
      p('100 000 dollars', 100000),
      p('125 245 dollars', 125245),
      p('100 000 dollars', 100000),
    ],
  },
];

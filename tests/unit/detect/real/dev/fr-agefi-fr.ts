import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.agefi.fr/news/tech-finance/microstrategy-continue-dengranger-les-bitcoins',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: "MicroStrategy continue d'engranger les bitcoins",
    blocks: [
      "MicroStrategy aime les chiffres ronds. Après avoir acheté 6.455 bitcoins le 27 mars pour 150 millions de dollars, au prix de 23.238 dollars l'unité, l'éditeur de logiciels coté au Nasdaq a acquis 1.045 unités de plus. Il a cette fois payé 29,3 millions de dollars, à 28.016 dollars par bitcoin, ce 5 avril. Sa trésorerie compte désormais 140.000 bitcoins achetés pour 4,17 milliards de dollars, à un prix moyen de 29.803 par bitcoin.",
    ],
    expect: [
      o('150 millions de dollars', 150e6),
      p('23.238 dollars', 23238),
      o('29,3 millions de dollars', 29.3e6),
      p('28.016 dollars', 28016),
      o('4,17 milliards de dollars', 4.17e9),
    ],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newsbit.fr/le-prix-de-lor-atteint-un-record-de-4-500-dollars-quelles-implications-pour-le-bitcoin',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: "Le prix de l'or atteint un record de 4 500 dollars : quelles implications pour le Bitcoin ?",
    blocks: [
      "L'or a grimpé à un record de près de 4 500 dollars l'once, ce qui relance le débat sur Bitcoin (BTC) comme alternative au métal jaune.",
      {
        text: "Le métal a touché plus tôt dans la journée un pic de 4 497 dollars l'once, avant de revenir à 4 483 dollars. Il a pris 71 % depuis janvier.",
        heading: 'Le prix de l’or atteint un niveau record',
      },
      {
        text: "Pendant que l'or enchaîne les records, le BTC reste 30,6 % sous son sommet historique.",
        heading: 'Bitcoin à la traîne, pour l’instant',
      },
    ],
    expect: [o('4 500 dollars', 4500), o('4 497 dollars', 4497), o('4 483 dollars', 4483)],
  },
];

import { o, p, type RealCase } from '../labels';

// icobench.com/fr: "prédiction prix du bitcoin dans 10 ans"; macro totals in "milliards de dollars" (other),
// then a list mapping bare market caps to per-coin levels "environ 50 000 $" (space grouping, trailing $).
const url = 'https://icobench.com/fr/news/prediction-prix-du-bitcoin-dans-10-ans';
const title = 'Prédiction du prix du Bitcoin dans 10 ans';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose'],
    title,
    blocks: [
      "Son offre limitée en fait un actif fondamentalement rare. Beaucoup y voient un équivalent numérique de l'or, capable d'absorber une partie des 13 000 milliards de dollars stockés dans le métal jaune.",
      {
        text: 'Dette souveraine globale atteignant 315 000 milliards de dollars en 2025',
        heading: 'Les fondements économiques des prévisions à long terme',
      },
    ],
    expect: [o('13 000 milliards de dollars', 13e12), o('315 000 milliards de dollars', 315e12)],
  },
  {
    url,
    lang: 'fr',
    tags: ['label-value', 'format'],
    title,
    blocks: [
      "Un modèle de valorisation (Stock-to-Flow modifié) prédit que si le Bitcoin capte seulement 10 à 15 % du marché mondial de l'or, il pourrait atteindre :",
      'Pour 1 000 milliards, environ 50 000 $',
      'Pour 5 000 milliards, environ 250 000 $',
      'Et pour 10 000 milliards, environ 500 000 $',
    ],
    expect: [p('50 000 $', 50000), p('250 000 $', 250000), p('500 000 $', 500000)],
  },
];

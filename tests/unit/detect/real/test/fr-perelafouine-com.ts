import { p, type RealCase } from '../labels';

// French personal blog musing on the 2021 rally: a range whose first end is bare ("entre 45 000 et 50 000
// dollars"), and a list of possible values where only the last carries the currency word.
export const cases: RealCase[] = [
  {
    url: 'https://perelafouine.com/le-bitcoin-reprend-sa-grimpette/',
    lang: 'fr',
    tags: ['prose', 'format'],
    blocks: [
      'Après son dernier coup de fièvre vers le 20 février à 57 000 dollars, puis une période stable entre 45 000 et 50 000 dollars à la mi-mars, le Bitcoin a repris sa grimpette et dépassé les 60 000 dollars ce week-end.',
      'Simple coup de fièvre, avant de revenir à sa stabilité autour des 50 000 dollars ? Avec le Bitcoin, tout est possible.',
      'Que peut valoir un Bitcoin : 50 000, 100 000, 1 000 000 de dollars, encore plus ? Pourquoi pas, c’est un produit purement virtuel.',
    ],
    expect: [
      p('57 000 dollars', 57000),
      p('45 000', 45000),
      p('50 000 dollars', 50000),
      p('60 000 dollars', 60000),
      p('50 000 dollars', 50000),
      p('50 000', 50000),
      p('100 000', 100000),
      p('1 000 000 de dollars', 1e6),
    ],
  },
];

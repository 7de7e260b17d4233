import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://strategies.fr/actualites/marques/4061744W/le-bitcoin-s-effondre-a-la-suite-des-annonces-chinoises.html',
    lang: 'fr',
    tags: ['anaphora'],
    title: 'Le bitcoin s’effondre à la suite des annonces chinoises',
    blocks: [
      "Une semaine après les volte-face d'Elon Musk, le bitcoin a perdu jusqu'à 30% après que des fédérations bancaires chinoises ont jugé que les cryptomonnaies n'étaient «pas de vraies devises».",
      'En fin de journée, la monnaie se reprenait un peu, autour des 30 000 dollars. Lors de son record du 14 avril, elle valait presque 65 000 dollars.',
    ],
    expect: [p('30 000 dollars', 30000), p('65 000 dollars', 65000)],
  },
];

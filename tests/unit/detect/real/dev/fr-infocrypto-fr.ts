import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://infocrypto.fr/bitcoin-vers-de-nouveaux-sommets-en-2024-cap-sur-les-100-000/',
    lang: 'fr',
    tags: ['anaphora', 'prose'],
    title: 'Bitcoin vers de nouveaux sommets en 2024 : cap sur les 100 000 $',
    blocks: [
      'Semaine après semaine, le roi des cryptomonnaies enchaîne les exploits. Tout juste passé au-dessus des 90 000 $, il a désormais en ligne de mire le seuil psychologique des 100 000 $.',
      "Cette semaine, un bond de 13 % a porté le cours au-delà des 93 000 $ en séance. Même si les 90 000 $ n'ont pas tenu en clôture hebdomadaire, l'exploit est de taille.",
      {
        text: "D'après les bandes de prix MVRV, après les 97 000 $, le niveau suivant à surveiller se situe à 127 000 $.",
        heading: 'Des signaux au vert sur tous les tableaux',
      },
    ],
    expect: [
      p('90 000 $', 90000),
      p('100 000 $', 100000),
      p('93 000 $', 93000),
      p('90 000 $', 90000),
      p('97 000 $', 97000),
      p('127 000 $', 127000),
    ],
  },
];

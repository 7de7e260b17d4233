import { c, o, p, type RealCase } from '../labels';

// toptribune.today (fr): JPMorgan on Q2 2025 miners — electricity cost per mined bitcoin and fully loaded
// cost per coin by company (ranges with a bare first end), the quarter's average BTC price, and
// equity raised (o).
export const cases: RealCase[] = [
  {
    url: 'https://toptribune.today/les-mineurs-de-bitcoin-enregistrent-des-benefices-records-au-deuxieme-trimestre-grace-a-lacceleration-de-linformatique-haute-performance-selon-jpmorgan',
    lang: 'fr',
    tags: ['cost', 'prose', 'format'],
    title: 'Les mineurs de Bitcoin enregistrent des bénéfices records au deuxième trimestre 2025',
    blocks: [
      'Les coûts de production ont légèrement augmenté en raison d’une concurrence accrue et des investissements dans l’informatique haute performance (HPC). Les coûts d’électricité par Bitcoin extrait étaient les plus bas pour IREN et Cipher, respectivement à environ 29 000 et 31 200 dollars, tandis que ceux de MARA étaient les plus élevés, à environ 56 200 dollars.',
      'Sur une base entièrement chargée (énergie plus SG&A), IREN et CleanSpark (CLSK) se distinguaient avec des coûts proches de 54 000 et 60 000 dollars par pièce, contre 81 000 dollars pour Riot (RIOT). Le Bitcoin a été en moyenne d’environ 98 500 dollars au cours du trimestre, laissant la plupart des opérateurs rentables.',
      'JPMorgan note aussi que les mineurs ont accéléré leur financement, émettant environ 590 millions de dollars en nouvelles actions, dont une grande partie a été investie dans des projets HPC. IREN a levé 263 millions de dollars pour finaliser son expansion.',
    ],
    expect: [
      c('29 000', 29000),
      c('31 200 dollars', 31200),
      c('56 200 dollars', 56200),
      c('54 000', 54000),
      c('60 000 dollars', 60000),
      c('81 000 dollars', 81000),
      p('98 500 dollars', 98500),
      o('590 millions de dollars', 590e6),
      o('263 millions de dollars', 263e6),
    ],
  },
];

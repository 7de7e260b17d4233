import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://be-crypto.lesoir.be/2025/03/12/en-seulement-5-mois-strategy-ex-microstrategy-a-double-ses-avoirs-en-bitcoin',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'En seulement 5 mois, Strategy (ex-MicroStrategy) a doublé ses avoirs en Bitcoin',
    blocks: [
      "Pour Saylor, un seul astre brille : le bitcoin. Dès ses premiers achats, 17 732 BTC payés en moyenne 9 882 $ la pièce en août 2020, il n'a cessé de pousser son entreprise à remplir son coffre numérique. Cinq ans plus tard, le trésor est passé de 21 454 BTC à 499 096 BTC, soit environ 40 milliards de dollars, l'équivalent de 78 % des réserves de l'État américain.",
    ],
    expect: [p('9 882 $', 9882), o('40 milliards de dollars', 40e9)],
  },
  {
    url: 'https://be-crypto.lesoir.be/2024/11/09/minage-de-bitcoin-ces-elements-qui-entrent-dans-le-calcul-du-cout-moyen',
    lang: 'fr',
    tags: ['cost', 'anaphora'],
    title: 'Minage de bitcoin : Ces éléments qui entrent dans le calcul du coût moyen',
    blocks: [
      'Minage de bitcoin : Ces éléments qui entrent dans le calcul du coût moyen',
      "Pour décrocher aujourd'hui une petite pièce, il faut de la patience… et un joli magot : environ 49 500 dollars en moyenne. Et ce n'est pas fini : avec l'amortissement et les rémunérations en actions, l'addition monte vers les 96 000 dollars par BTC.",
    ],
    expect: [c('49 500 dollars', 49500), c('96 000 dollars', 96000)],
  },
];

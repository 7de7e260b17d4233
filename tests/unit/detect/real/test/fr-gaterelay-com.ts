import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aaspeed.gaterelay.com/fr/post/status/17730767',
    lang: 'fr',
    tags: ['cost', 'prose', 'format'],
    title: 'Économie du minage de bitcoin',
    blocks: [
      'Les deux derniers mois sont sombres pour les mineurs : leurs revenus moyens sur 7 jours ont fondu de 35 %, de $60 millions à $40 millions, avec un BTC proche de 90 640 $.',
      {
        text: 'Chaque bloc rapporte 3,125 BTC, soit environ 450 BTC par jour pour tout le réseau, et 13 500 BTC sur 30 jours. Au prix actuel de 88 000 à 90 640 $ par coin, cela fait environ 1,2 milliard de dollars de revenus bruts. Chaque térahash ne rapporte que 3,6 cents par jour, pour un réseau de 1,7 trillion de dollars.',
        heading: 'La fondation de revenus en ruine',
      },
      {
        text: "Un vieux S19 payant 0,06 $ par kilowattheure survit à peine. CoinShares estimait au T3 2024 que les coûts en liquidités s'élevaient à 55 950 $ par bitcoin produit.",
        heading: 'La pression sur les coûts',
      },
    ],
    expect: [
      o('$60 millions', 60e6),
      o('$40 millions', 40e6),
      p('90 640 $', 90640),
      p('88 000', 88000),
      p('90 640 $', 90640),
      o('1,2 milliard de dollars', 1.2e9),
      o('3,6 cents', 0.036),
      o('1,7 trillion de dollars', 1.7e12),
      o('0,06 $', 0.06),
      c('55 950 $', 55950),
    ],
  },
];

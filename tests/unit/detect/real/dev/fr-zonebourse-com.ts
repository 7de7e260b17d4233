import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://m.zonebourse.com/cours/cryptomonnaie/BITCOIN-BTC-EUR-45553925/actualite/Les-flux-entrants-dans-les-ETF-americains-sur-les-crypto-monnaies-reprennent-avec-la-remontee-du-c-46308358/',
    lang: 'fr',
    tags: ['prose', 'format'],
    title:
      'Les flux entrants dans les ETF américains sur les crypto-monnaies reprennent avec la remontée du cours',
    blocks: [
      "Les neuf fonds lancés en janvier ont collecté près d'un milliard de dollars sur les deux premiers jours de la semaine, d'après BitMEX Research.",
      'Le fonds de Fidelity a attiré 540,9 millions de dollars lundi et mardi, plus du double des 197,7 millions de dollars du fonds de BlackRock.',
      'Seul le Grayscale Bitcoin Trust reste à contre-courant : ses sorties ont atteint 562,4 millions de dollars sur ces deux jours.',
    ],
    expect: [
      o('un milliard de dollars', 1e9),
      o('540,9 millions de dollars', 540.9e6),
      o('197,7 millions de dollars', 197.7e6),
      o('562,4 millions de dollars', 562.4e6),
    ],
  },
  {
    url: 'https://www.zonebourse.com/actualite-bourse/or-et-bitcoin-deux-rois-lequel-choisir--ce7d5bd2df8ef420',
    lang: 'fr',
    tags: ['prose'],
    title: 'Or et bitcoin, deux rois : lequel choisir ?',
    blocks: [
      "En 2025, un bitcoin (BTC) vers les 125 000 dollars coûte à peu près autant qu'un lingot d'or d'1 kg à 130 000 dollars, d'où l'intérêt de comparer les deux actifs.",
    ],
    expect: [p('125 000 dollars', 125000), o('130 000 dollars', 130000)],
  },
];

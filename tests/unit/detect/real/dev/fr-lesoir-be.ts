import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lesoir.be/356797/article/2021-02-23/le-bitcoin-retombe-sous-les-45000-dollars',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin retombe sous les 45.000 dollars',
    blocks: [
      "Dans la matinée, le bitcoin, qui avait inscrit le week-end passé un record à 58.354 dollars, a plongé de plus de 15% en une séance, jusqu'à un plus bas de 45.000 dollars, selon Bitstamp.",
      "Il y a à peine plus d'un an, un bitcoin s'échangeait à moins de 10.000 dollars. Sa valeur a presque été multipliée par six depuis.",
      'Tesla a placé 1,5 milliard de dollars dans le bitcoin et compte accepter la doyenne des cryptodevises comme moyen de paiement.',
    ],
    expect: [
      p('58.354 dollars', 58354),
      p('45.000 dollars', 45000),
      p('10.000 dollars', 10000),
      o('1,5 milliard de dollars', 1.5e9),
    ],
  },
];

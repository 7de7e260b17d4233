import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.crypto-insiders.fr/actualites/bitcoin/strategy-achete-encore-4-000-bitcoins-malgre-un-nouveau-record-historique',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Strategy achète encore 4 000 bitcoins malgré un nouveau record historique',
    blocks: [
      "Du 19 au 23 mai 2025, l'entreprise a acquis 4 020 BTC pour un total de 427,1 millions de dollars.",
      {
        text: "Ces BTC ont été payés en moyenne 106 237 $ l'unité, ce qui porte la trésorerie à 580 250 BTC. Le prix moyen d'acquisition ressort désormais à 69 979 $ par coin.",
        heading: 'Combien de bitcoins détient Strategy aujourd’hui ?',
      },
      'Au total, Strategy a placé 40,61 milliards de dollars dans le Bitcoin.',
      {
        text: "Le 19 mai, un recours collectif a fait plonger l'action MSTR de 12 %, de 420 $ à 369 $ en une semaine.",
        heading: 'Les actions Strategy chutent de 12 %',
      },
    ],
    expect: [
      o('427,1 millions de dollars', 427.1e6),
      p('106 237 $', 106237),
      p('69 979 $', 69979),
      o('40,61 milliards de dollars', 40.61e9),
      o('420 $', 420),
      o('369 $', 369),
    ],
  },
];

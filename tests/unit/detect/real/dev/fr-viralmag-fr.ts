import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://viralmag.fr/blackrock-bitcoin-etf-27-milliards-partis-en-fumee',
    lang: 'fr',
    tags: ['prose', 'format', 'label-value'],
    title: 'BlackRock Bitcoin ETF : 2,7 Milliards Partis en Fumée',
    blocks: [
      "En six semaines à peine, 2,7 milliards de dollars ont quitté l'ETF Bitcoin de BlackRock, la pire série de retraits de son histoire.",
      "Imaginez le géant de la finance traditionnelle, qui pèse plus de 10 000 milliards de dollars d'actifs, voir son produit crypto phare se vider à toute vitesse.",
      {
        text: "L'IBIT reste énorme avec plus de 71 milliards de dollars, mais la dynamique est brisée.",
        heading: 'Des chiffres qui font mal',
      },
      { text: '• 2,7 milliards de dollars retirés en 5 semaines', heading: 'En résumé chiffré :' },
      { text: '• 113 millions supplémentaires le 4 décembre seul', heading: 'En résumé chiffré :' },
    ],
    expect: [
      o('2,7 milliards de dollars', 2.7e9),
      o('10 000 milliards de dollars', 10e12),
      o('71 milliards de dollars', 71e9),
      o('2,7 milliards de dollars', 2.7e9),
    ],
  },
];

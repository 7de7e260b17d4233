import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://babyxape.com/minage-bitcoin-statistiques-energie.html',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Statistiques sur le minage de Bitcoin et sa consommation d’énergie en 2024',
    blocks: [
      'En mai 2023, la consommation annuelle mondiale d’électricité pour le minage de bitcoins était d’environ 95,58 térawattheures.',
      'On estime que le bitcoin représente 60 à 77 % de la consommation mondiale d’électricité des crypto-actifs.',
      'Le minage de bitcoins pèse une capitalisation boursière totale de 8,11 milliards de dollars.',
      'Le revenu quotidien généré par les mineurs de bitcoins est de 27,70 millions de dollars.',
      'Les États-Unis constituent le premier pôle de minage au monde, avec plus de 38 % du taux de hachage mondial.',
    ],
    expect: [o('8,11 milliards de dollars', 8.11e9), o('27,70 millions de dollars', 27.7e6)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lactualite.com/lactualite-affaires/cryptomonnaie/',
    lang: 'fr-CA',
    tags: ['label-value', 'format'],
    title: 'Cryptomonnaie',
    blocks: [
      "Une chose est sûre : Satoshi Nakamoto est, sur papier, immensément riche. Il détient près d'un million de bitcoins, d'une valeur de plus de 7 milliards de dollars au moment d'écrire ces lignes.",
      { text: 'Bitcoin // 163 milliards', heading: 'Les principales cryptomonnaies' },
      { text: 'Ether // 51,8 milliards', heading: 'Les principales cryptomonnaies' },
    ],
    expect: [o('7 milliards de dollars', 7e9)],
  },
];

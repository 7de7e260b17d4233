import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://quebectribune.news/article/bitcoin-au-quebec-penurie-en-vue-sur-les-plateformes-dechange',
    lang: 'fr-CA',
    tags: ['forum', 'format'],
    title: "Bitcoin au Québec : Pénurie en vue sur les plateformes d'échange ?",
    blocks: [
      "R: Tabarnouche, on n'a jamais vu ça! En deux semaines, environ 114 000 bitcoins ont quitté les plateformes d'échange. En piasses, ça fait plus de 14 milliards de dollars. Les réserves sont à leur plus bas en 7 ans, soit 2,83 millions de bitcoins.",
    ],
    expect: [o('14 milliards de dollars', 14e9)],
  },
];

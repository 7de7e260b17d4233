import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.com/fr/news/strategy-5-ans-achat-18-millions-btc/',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Bitcoin : Strategy célèbre les 5 ans de son projet avec 18 millions de dollars en BTC',
    blocks: [
      'Bitcoin : Strategy célèbre les 5 ans de son projet avec 18 millions de dollars en BTC',
      'Tout a commencé en août 2020 par un premier achat spectaculaire de 21 454 BTC pour 250 millions de dollars.',
      {
        text: 'Cette fois, Strategy a obtenu 155 BTC au prix unitaire de 116 401 $. Ses avoirs montent à 628 946 BTC, pour environ 46,1 milliards de dollars dépensés, soit un prix moyen de 73 288 $ par unité.',
        heading: 'Un petit achat dans un portefeuille colossal',
      },
    ],
    expect: [
      o('18 millions de dollars', 18e6),
      o('250 millions de dollars', 250e6),
      p('116 401 $', 116401),
      o('46,1 milliards de dollars', 46.1e9),
      p('73 288 $', 73288),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonews.com/tr/exclusives/bitcoin-onumuzdeki-10-yilda-1-milyon-dolara-ulasabilir-mi/',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin Önümüzdeki 10 Yılda Gerçekten 1 Milyon Dolara Ulaşabilir mi?',
    blocks: [
      'Bitcoin Önümüzdeki 10 Yılda Gerçekten 1 Milyon Dolara Ulaşabilir mi?',
      "Bitcoin'in 1 milyon dolar olacağı tahminini CZ, Jack Dorsey, Samson Mow ve Eric Trump dillendirse de eleştirmenler bunu ciddi bir analizden çok pazarlama hamlesi olarak görüyor.",
      {
        heading: 'Öne Çıkanlar:',
        text: 'Bir analiste göre 1 milyon dolarlık BTC için altının ve devlet borçlarının güven dayanağı olmaktan çıkması gerekir; bu da gerçekçi görünmüyor.',
      },
    ],
    expect: [p('1 Milyon Dolara', 1e6), p('1 milyon dolar', 1e6), p('1 milyon dolarlık', 1e6)],
  },
];

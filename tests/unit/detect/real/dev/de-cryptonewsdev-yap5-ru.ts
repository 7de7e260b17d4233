import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewsdev.yap5.ru/de/news/market/31161788',
    lang: 'de',
    tags: ['prose', 'widget'],
    blocks: [
      'Wer schon einmal Bitcoin auf verschiedenen Börsen beobachtet oder gekauft hat, dem ist schnell etwas aufgefallen: Der Preis für ein und denselben Bitcoin ist nicht überall gleich. Doch warum ist das so? Wie kann es sein, dass ein Bitcoin bei Binance 66.830 USD kostet, während er auf Kraken gleichzeitig bei 66.915 USD notiert?',
    ],
    expect: [p('66.830 USD', 66830), p('66.915 USD', 66915)],
  },
];

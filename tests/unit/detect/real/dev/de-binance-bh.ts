import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.binance.bh/de/square/post/289364762672162',
    lang: 'de',
    tags: ['cost', 'format'],
    blocks: [
      'Neue Daten von CryptoQuant-CEO Ki Young Ju zeigen: Die durchschnittlichen Mining-Kosten pro Bitcoin liegen inzwischen bei etwa 67.700 USD, abgeleitet aus dem Bericht von MARA Holdings zum dritten Quartal 2025.',
      {
        heading: 'Wie entstehen die Kosten für das Bitcoin-Mining?',
        text: 'Der größte Posten sind die Energiekosten. Bei MARA kostete im dritten Quartal 2025 der Betrieb von 1 PH/s über 24 Stunden etwa 31,3 USD.',
      },
      {
        heading: 'Wie entstehen die Kosten für das Bitcoin-Mining?',
        text: 'CryptoQuant hält die vom Unternehmen gemeldeten „gekauften Energiekosten pro BTC“ (ca. 39.235 USD/BTC) für unvollständig, weil sie andere Kosten ausklammern.',
      },
    ],
    expect: [c('67.700 USD', 67700), o('31,3 USD', 31.3), c('39.235 USD', 39235)],
  },
  {
    url: 'https://www.binance.bh/de/square/post/35216818727194',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'MicroStrategy kauft mehr Bitcoin: Kühn oder einfach nur Bitcoin-Maximalismus?',
    blocks: [
      'MicroStrategy kauft mehr Bitcoin: Kühn oder einfach nur Bitcoin-Maximalismus?',
      'Der Business-Intelligence-Riese hat „noch“ einmal 10.107 Bitcoin gekauft, für schlappe 1,1 Milliarden $. Das macht einen Durchschnittspreis von 105.596 $ pro BTC – CEO Michael Saylor mag seinen Bitcoin offenbar wie andere ihren Kaffee: teuer und reichlich.',
    ],
    expect: [o('1,1 Milliarden $', 1.1e9), p('105.596 $', 105596)],
  },
];

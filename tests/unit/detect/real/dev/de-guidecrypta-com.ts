import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://guidecrypta.com/de/2025/06/02',
    lang: 'de',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoin hat sich von einem hochspekulativen Instrument zu einem globalen Investitionszentrum entwickelt. Das Wachstum der Kapitalisierung auf 1,6 Billionen US-Dollar in 14 Jahren und die jüngste Welle institutioneller Investitionen haben eine neue Phase eingeläutet – eine Phase der Reife.',
      {
        heading: 'Bitcoin-Preisprognose: kurzfristiger Impuls',
        text: 'Die kurzfristige Prognose hängt von Marktliquidität, makroökonomischen Entscheidungen und den Positionen institutioneller Anleger ab. Das Unterstützungsniveau hat sich über 90.000 USD verschoben. Die Formation hat sich über 91.000 USD etabliert, und der Aufwärtsimpuls bestätigt die Stärke der Käufer.',
      },
      {
        heading: 'Bitcoin-Preisprognose: kurzfristiger Impuls',
        text: 'Der Markt zeigt sich stabil über 100.000 USD und reagiert auf ruhige makroökonomische Signale und Zuflüsse in den ETF-Sektor. Die Prognose für morgen liegt zwischen 102.500 und 106.000 US-Dollar. Eine Festigung über 107.000 US-Dollar würde einen Impuls durch das Futures-Volumen oder eine plötzliche makroökonomische Korrektur erfordern.',
      },
    ],
    expect: [
      o('1,6 Billionen US-Dollar', 1.6e12),
      p('90.000 USD', 90000),
      p('91.000 USD', 91000),
      p('100.000 USD', 100000),
      p('102.500', 102500),
      p('106.000 US-Dollar', 106000),
      p('107.000 US-Dollar', 107000),
    ],
  },
];

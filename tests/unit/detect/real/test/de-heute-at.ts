import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.heute.at/s/bitcoin-wieder-da-mehr-als-27500-euro-wert-100265433',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin wieder da – mehr als 27.500 Euro wert',
    blocks: [
      'Bitcoin wieder da – mehr als 27.500 Euro wert',
      'Die bekannteste Kryptowährung Bitcoin ist erstmals seit Juni vergangenen Jahres wieder mehr als 30.000 Dollar wert.',
      'Am Kryptomarkt ging es am Dienstag weiter aufwärts. Die nach Marktwert größte Digitalwährung stieg im frühen Handel auf Bitstamp bis auf gut 30.400 US-Dollar (rund 27.600 Euro) und baute so die Gewinne vom Osterwochenende aus.',
      {
        heading: 'Auf 1,24 Billionen Dollar gestiegen',
        text: 'Der Wert aller knapp 23.000 Cyberwährungen stieg am Dienstag laut CoinMarketCap um rund vier Prozent auf 1,24 Billionen Dollar. Im November hatte er zeitweise unter 800 Milliarden Dollar gelegen.',
      },
    ],
    expect: [
      p('27.500 Euro', 27500, 'EUR'),
      p('30.000 Dollar', 30000),
      p('30.400 US-Dollar', 30400),
      p('27.600 Euro', 27600, 'EUR'),
      o('1,24 Billionen Dollar', 1.24e12),
      o('800 Milliarden Dollar', 800e9),
    ],
  },
];

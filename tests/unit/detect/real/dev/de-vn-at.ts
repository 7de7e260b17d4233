import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.vn.at/markt/2017/11/28/bitcoin-knackte-10-000-dollar-marke.vn',
    lang: 'de-AT',
    tags: ['prose'],
    title: 'Bitcoin knackte 10.000-Dollar-Marke',
    blocks: [
      'Bitcoin knackte 10.000-Dollar-Marke',
      'Frankfurt, Feldkirch Die Internetwährung Bitcoin hat am Dienstag auf mehreren Handelsplätzen erstmals die Marke von 10.000 Dollar überschritten. Laut Coinmarketcap.com stieg der Kurs auf 10.177 Dollar (8515 Euro). Seit Jahresbeginn hat sich der Preis verzehnfacht.',
    ],
    expect: [
      p('10.000-Dollar', 10000),
      p('10.000 Dollar', 10000),
      p('10.177 Dollar', 10177),
      p('8515 Euro', 8515, 'EUR'),
    ],
  },
  {
    url: 'https://www.vn.at/markt/2021/09/08/wirtschaft-aktuell-562.vn',
    lang: 'de-AT',
    tags: ['prose', 'anaphora'],
    title: 'Wirtschaft aktuell',
    blocks: [
      'PayPal kauft zu',
      'Tokio Der US-Zahlungsabwickler PayPal übernimmt den japanischen Bezahldienst Paidy für 2,7 Milliarden Dollar in bar.',
      'Bitcoin-Kurs bricht ein',
      'Zürich Am Tag, an dem El Salvador die Kryptowährung als offizielles Zahlungsmittel einführte, ist ihr Kurs regelrecht abgestürzt. Auf Bitstamp notierte ein Bitcoin am Mittwochvormittag bei rund 45.400 US-Dollar, ein Minus von über zwölf Prozent zum Vortag.',
    ],
    expect: [o('2,7 Milliarden Dollar', 2.7e9), p('45.400 US-Dollar', 45400)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://rush.nl/bitcoinbeursrovers-stelen-58-miljoen-euro-aan-bitcoins',
    lang: 'nl',
    tags: ['prose'],
    title: "'Beursrovers' stelen 58 miljoen euro aan bitcoins van Bitfinex",
    blocks: [
      "'Beursrovers' stelen 58 miljoen euro aan bitcoins van Bitfinex",
      "Je hoeft allang geen bank meer te overvallen om miljoenen euro's te stelen. Hackers deden het gewoon vanachter een computer, waarmee ze de Bitcoinbeurs Bitfinex binnendrongen. Daarbij werd maar liefst 58 miljoen euro aan bitcoins buitgemaakt. Het is niet de eerste grote Bitcoin-diefstal.",
    ],
    expect: [o('58 miljoen euro', 58e6, 'EUR'), o('58 miljoen euro', 58e6, 'EUR')],
  },
];

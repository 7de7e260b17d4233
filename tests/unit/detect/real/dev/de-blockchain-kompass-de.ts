import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockchain-kompass.de/bitcoin-ethereum-co-die-zehn-wichtigsten-kryptowaehrungen',
    lang: 'de',
    tags: ['prose', 'format'],
    title: 'Bitcoin, Ethereum & Co: die zehn wichtigsten Kryptowährungen',
    blocks: [
      '(Stand: 7. November 2021)',
      'Die Marktkapitalisierung der Top Ten Coins liegt inzwischen über zwei Billionen Dollar, gut die Hälfte davon entfällt auf Bitcoin. Zum Vergleich: Russlands Bruttoinlandsprodukt lag 2020 bei 1,47 Billionen Dollar.',
      { text: '1. Bitcoin (BTC)', heading: '1. Bitcoin (BTC)' },
      {
        text: 'Ende Oktober 2021 kam Bitcoin auf eine Marktkapitalisierung von 1,144 Billionen US-Dollar und war damit nicht mehr weit vom Rekord entfernt: Beim Allzeithoch am 14. April 2021 hatte sie rund 1,179 Billion Dollar betragen.',
        heading: '1. Bitcoin (BTC)',
      },
    ],
    expect: [
      o('zwei Billionen Dollar', 2e12),
      o('1,47 Billionen Dollar', 1.47e12),
      o('1,144 Billionen US-Dollar', 1.144e12),
      o('1,179 Billion Dollar', 1.179e12),
    ],
  },
];

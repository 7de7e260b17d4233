import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinmining.com/sv',
    lang: 'sv',
    tags: ['prose'],
    title: 'Bitcoin-mining',
    blocks: [
      {
        heading: 'Bitcoin är digitalt guld',
        text: 'Vem som helst, var som helst, kan tjäna Bitcoin genom mining. Den första miner som löser varje block får en belöning på 3,125 BTC, för närvarande värd över 200 000 dollar.',
      },
    ],
    expect: [o('200 000 dollar', 200000)],
  },
];

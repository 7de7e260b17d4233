import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://der-markt.net/bitcoin-halving-droht-ein-massen-exodus-der-miner',
    lang: 'de',
    tags: ['cost', 'format'],
    title: 'Bitcoin-Halving: Droht ein Massen-Exodus der Miner?',
    blocks: [
      'Die Belohnung für einen neuen Block wurde von 6,25 BTC auf 3,125 BTC halbiert, während die Kosten des Minings steigen.',
      'Nach Schätzungen von CoinShares sind die durchschnittlichen Produktions- und Bargeldkosten pro Bitcoin im dritten Quartal 2023 von 16.800 bis 25.000 US-Dollar auf voraussichtlich 27.900 bis 37.800 US-Dollar gestiegen.',
    ],
    expect: [
      c('16.800', 16800),
      c('25.000 US-Dollar', 25000),
      c('27.900', 27900),
      c('37.800 US-Dollar', 37800),
    ],
  },
];

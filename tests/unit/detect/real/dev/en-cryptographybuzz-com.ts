import { p, type RealCase } from '../labels';

// CryptographyBuzz on a Fundstrat "price/breakeven" chart: the miners' breakeven is discussed at length
// but never quantified; the one amount is the derived year-end price target "~$36k".
export const cases: RealCase[] = [
  {
    url: 'http://cryptographybuzz.com/breakeven-bitcoin-apparently/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Breakeven: Bitcoin Apparently Has No Price Floor',
    blocks: [
      'Theory #1 – The Miner’s Breakeven',
      'The chart claims there is a trailing breakeven price that Bitcoin has historically traded above. Applying a 1.8x average Price/Breakeven multiple, its author thinks Bitcoin (BTC-USD) should trade at ~$36k by 2019 year end.',
      'Whether the typical miner breaks even or not is irrelevant: as unprofitable miners leave, the difficulty adjusts so supply keeps to its preset schedule.',
    ],
    expect: [p('$36k', 36000)],
  },
];

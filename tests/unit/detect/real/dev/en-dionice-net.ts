import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://dionice.net/forum/tema/45-crypto-ulaganje-i-trgovanje-kriptovalutama/?postID=162517',
    lang: 'en',
    tags: ['forum', 'prose', 'anaphora'],
    title: 'Bitcoin skyrockets past $59,000 making shorters bleed',
    blocks: [
      'Bitcoin skyrockets past $59,000 making shorters bleed',
      'Bitcoin (BTC) is riding high, breaking every level that held it back. The biggest crypto broke through the $59,000 level on Wednesday, for the first time since November 2021.',
      'The original crypto trades at an average price of $59,485 at press time. Its 24 hour trading volume is $45.4 billion and it holds a market cap of $1.16 trillion. The halving is 54 days away and BTC is only 14% under its all-time high (ATH) of $69,000.',
      'The total crypto market cap rose over 3% in a day to $2.2 trillion. Coinglass recorded $250 million of liquidations, with the largest single order, an XBTUSD position on Bitmex, worth $8.34 million.',
    ],
    expect: [
      p('$59,000', 59000),
      p('$59,000', 59000),
      p('$59,485', 59485),
      o('$45.4 billion', 45.4e9),
      o('$1.16 trillion', 1.16e12),
      p('$69,000', 69000),
      o('$2.2 trillion', 2.2e12),
      o('$250 million', 250e6),
      o('$8.34 million', 8.34e6),
    ],
  },
];

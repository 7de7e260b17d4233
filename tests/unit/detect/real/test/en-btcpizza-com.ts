import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btcpizza.com/bitcoin-mining-profitability-slumps-as-hash-prices-fall-to-multi-month-lows',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin mining profitability slumps as hash prices fall to multi-month lows',
    blocks: [
      'Hash price has fallen to its lowest level since April, when Bitcoin was trading at around $76,000, and currently sits at $43.1 per petahash per second (PH/s).',
      'Bitcoin has corrected about 20% from its all-time high in October to $104,000, and with transaction fees still at bear market levels, miners’ revenues are under growing pressure.',
      'According to mempool.space, high-priority transactions currently cost around 4 sat/vB ($0.58) to process.',
    ],
    expect: [p('$76,000', 76000), o('$43.1', 43.1), p('$104,000', 104000), o('$0.58', 0.58)],
  },
  {
    url: 'https://btcpizza.com/?p=52649',
    lang: 'en',
    tags: ['label-value', 'prose', 'anaphora', 'change'],
    blocks: [
      'Coinbase, Kraken, Bitstamp and Binance noticed a complete of $981.93 million on a 24-hour US greenback quantity.',
      'Coinbase dealt with most of this for $544.47 million. That is greater than half of the entire. Kraken continued at $207.7 million and Bitstamp at $174.86 million, whereas Binance dragged at $54.90 million.',
      'The 4 costs moved collectively and confirmed a robust, constant rise. Coinbase ended its interval at $121,782.48, up 3.53%. Kraken elevated by $121,762.00, a 3.49% improve, whereas BitStamp elevated by $121,763.00, a 3.50% improve, a 121,598.17, a 4.10% improve.',
      'The typical value throughout the venue rose from $117,435.57 to $121,726.41. The day by day vary was broad however orderly: Binance LED was $5,388.18 (4.62%).',
    ],
    expect: [
      o('$981.93 million', 981.93e6),
      o('$544.47 million', 544.47e6),
      o('$207.7 million', 207.7e6),
      o('$174.86 million', 174.86e6),
      o('$54.90 million', 54.9e6),
      p('$121,782.48', 121782.48),
      p('$121,762.00', 121762),
      p('$121,763.00', 121763),
      p('$117,435.57', 117435.57),
      p('$121,726.41', 121726.41),
      o('$5,388.18', 5388.18),
    ],
  },
];

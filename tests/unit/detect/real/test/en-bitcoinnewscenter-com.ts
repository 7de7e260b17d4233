import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoinnewscenter.com/coinbase-dominates-as-bitcoin-hits-122k',
    lang: 'en',
    tags: ['label-value', 'prose', 'anaphora', 'change'],
    title: 'Coinbase dominates as Bitcoin hits $122k',
    blocks: [
      'Over the preceding day, the Bitcoin to USD spot market saw a unified surge of 3.65%. A large portion of trading activity centered around Coinbase, with major USD exchanges mirroring price movements almost identically.',
      'The Coinbase, Kraken, Bitstamp, and Binance BTCUSD trading pairs collectively registered a substantial $981.93 million in 24-hour trading volume.',
      'Coinbase commanded the lion’s share of this volume, handling $544.47 million—representing more than half of the total. Kraken followed with $207.70 million, Bitstamp with $174.86 million, and Binance trailed at $54.90 million.',
      'The synchronized price movements across the four platforms highlight a powerful and consistent upward trend. Coinbase concluded the period at $121,782.48, up 3.53%. Kraken finished at $121,762.00, showing a 3.49% increase.',
    ],
    expect: [
      o('$981.93 million', 981.93e6),
      o('$544.47 million', 544.47e6),
      o('$207.70 million', 207.7e6),
      o('$174.86 million', 174.86e6),
      o('$54.90 million', 54.9e6),
      p('$121,782.48', 121782.48),
      p('$121,762.00', 121762),
    ],
  },
];

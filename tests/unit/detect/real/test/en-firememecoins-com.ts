import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://firememecoins.com/coinbase-held-a-large-portion-of-the-us-dollar-trading-volume-as-btc-was-spiked-to-122k',
    lang: 'en',
    tags: ['label-value', 'prose', 'anaphora', 'change', 'format'],
    title: 'Coinbase held a large portion of the US dollar trading volume as BTC was spiked to $122k',
    blocks: [
      'Coinbase, Kraken, Bitstamp and Binance saw a total of $981.93 million on a 24-hour US dollar volume.',
      'Coinbase handled most of this for $544.47 million. This is more than half of the total. Kraken continued at $207.7 million and Bitstamp at $174.86 million, while Binance dragged at $54.90 million.',
      'The four prices moved together and showed a strong, consistent upward push. Coinbase ended its period at $121,782.48, up 3.53%. Kraken increased by $121,762.00, a 3.49% increase, while BitStamp increased by $121,763.00, a 3.50% increase, a 121,598.17, a 4.10% increase.',
      'The average price across the venue rose from $117,435.57 to $121,726.41. The daily range was broad but orderly: Binance LED was $5,388.18 (4.62%), BitStamp and Coinbase both cost around $4,679 (3.98%), and Kraken’s range was 4,571.70 (3.89%).',
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
      o('$4,679', 4679),
    ],
  },
];

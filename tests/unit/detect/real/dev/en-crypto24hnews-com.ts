import { o, p, type RealCase } from '../labels';

// A market story and its chart captions: the coin's levels, long liquidations "in Bitcoin", a repayment
// worth of BTC and Ether's low.
export const cases: RealCase[] = [
  {
    url: 'https://crypto24hnews.com/article/bitcoin-price-falls-below-58k-first-time-two-months-ctl72612',
    lang: 'en',
    tags: ['prose', 'widget', 'anaphora'],
    title: 'Bitcoin falls below $58K on Coinbase, first time in 2 months',
    blocks: [
      'Bitcoin falls below $58K on Coinbase, first time in 2 months',
      'Bitcoin plunged as low as $57,874, the first time the cryptocurrency has fallen below the $58,000 mark in just over two months.',
      'Bitcoin (BTC) has since steadied to trade at $58,964 at the time of publication but is still down 3.4% on the week, per TradingView data.',
      'Bitcoin fell below $58,000 for the first time in two months. Source: TradingView',
      'More than $54.9 million in Bitcoin long positions have been liquidated in the last 24 hours, according to data from CoinGlass.',
      'Nearly $60 million in Bitcoin longs have been wiped in the last 24 hours. Source: CoinGlass',
      'Traders looking for long exposure to Ether (ETH) ahead of the launch of several spot Ether ETFs also saw their positions wiped. In total, $57.9 million in ETH long positions were liquidated in the last 24 hours.',
      'Much of the blame for the wider pullback has been laid at the feet of the defunct Japanese exchange Mt. Gox, which is due to begin repaying approximately $8.5 billion worth of BTC to its creditors in early July.',
      'Other majors and altcoins also sold off sharply during Bitcoin’s quick dip below $58,000. Ether is down 4.5% at the time of writing, briefly falling as low as $3,145.',
    ],
    expect: [
      p('$58K', 58000),
      p('$57,874', 57874),
      p('$58,000', 58000),
      p('$58,964', 58964),
      p('$58,000', 58000),
      o('$54.9 million', 54.9e6),
      o('$60 million', 60e6),
      o('$57.9 million', 57.9e6),
      o('$8.5 billion', 8.5e9),
      p('$58,000', 58000),
      o('$3,145', 3145),
    ],
  },
];

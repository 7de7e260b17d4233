import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://redlib.itinerariummentis.org/r/RiotBlockchain/comments/166vyih/real_cost_to_mine_bitcoin_18863btc_operating/k94iadg/?context=9999',
    lang: 'en',
    tags: ['cost', 'forum', 'format'],
    title: 'Real cost to mine bitcoin: $18,863/BTC operating, $67,313/BTC total : r/RiotBlockchain',
    blocks: [
      'Real cost to mine bitcoin: $18,863/BTC operating, $67,313/BTC total',
      'RIOT’s earnings release claimed a $8,389 cost per bitcoin for Q2, lower than Q1. That is hard to believe when network difficulty rose 15% since Q1. The $8,389 figure is nowhere in their SEC filings.',
      'Page 22 of the filing lists $33,482,000 as the cost of Bitcoin mining. They mined 1,775 BTC, so a simple division gives $18,863/BTC.',
      'Page 2 adds $19,836,000 of "Selling, general, and administrative" and $66,162,000 of "Depreciation and amortization". Add those and you reach $67,313/BTC in total costs.',
      'Dropping the hosting costs makes the hosting business look $10M less profitable and mining $10M more profitable, which gets them to $13,322/BTC. Crediting the ERCOT power sales gets them to $8,389/BTC.',
    ],
    expect: [
      c('$18,863/BTC', 18863),
      c('$67,313/BTC', 67313),
      c('$8,389', 8389),
      c('$8,389', 8389),
      o('$33,482,000', 33482000),
      c('$18,863/BTC', 18863),
      o('$19,836,000', 19836000),
      o('$66,162,000', 66162000),
      c('$67,313/BTC', 67313),
      o('$10M', 10e6),
      o('$10M', 10e6),
      c('$13,322/BTC', 13322),
      c('$8,389/BTC', 8389),
    ],
  },
];

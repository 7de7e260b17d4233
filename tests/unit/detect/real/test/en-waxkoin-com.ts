import { o, type RealCase } from '../labels';

// Crypto news teaser: a liquidation total in the same sentence as the BTC price, a hard negative.
export const cases: RealCase[] = [
  {
    url: 'https://waxkoin.com/zh/crypto-news/50293/bitcoin-witnesses-epic-7023-imbalance-bulls-liquidations',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin witnesses epic 7,023% imbalance as bulls get liquidated',
    blocks: [
      'More than $3 million in Bitcoin long positions were wiped out within a single hour, a sharp imbalance in the market as the BTC price keeps sliding and traders take heavy losses.',
    ],
    expect: [o('$3 million', 3e6)],
  },
];

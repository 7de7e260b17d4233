import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonite.ae/global/bitcoin-miner-capitulation-btc-price-prediction',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Miner Capitulation: BTC Price Prediction',
    blocks: [
      'The long bear market weighs on Bitcoin, and the recent break under the $30,000 support has deepened fears of a further drop. Analysts think a wave of miner capitulation could unsettle the market more, possibly dragging the price as low as $62,500.',
    ],
    expect: [p('$30,000', 30000), p('$62,500', 62500)],
  },
];

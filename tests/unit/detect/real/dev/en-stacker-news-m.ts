import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://stacker.news/items/23481',
    lang: 'en',
    tags: ['forum', 'format', 'cost'],
    title: 'Hashrate Index Q1 2022 Report',
    blocks: [
      'Hashprice, a term Luxor coined, is the expected value of 1 TH/s of hashing power per day. It can be quoted in any currency or asset; we show it in USD or BTC (sats). For example',
      '$0.20 per terahash/second per day ($0.20/TH/s/day)',
      '475 satoshis per terahash/second per day (475 sats/TH/s/day)',
    ],
    expect: [o('$0.20 per terahash/second per day', 0.2), o('$0.20/TH/s/day', 0.2)],
  },
];

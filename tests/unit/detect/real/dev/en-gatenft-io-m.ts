import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://data.gatenft.io/tr/post/status/16387050',
    lang: 'en',
    tags: ['forum', 'format', 'cost'],
    title: 'Bitcoin below $80K: not panic, but the reality of the miner economy',
    blocks: [
      'Bloomberg expects a fall to $50K, but most miss the point — what sets Bitcoin’s real price is not the media but what it costs to mine.',
      'Take the Antminer S19 ( still ~30% of the network hash rate ). CryptoNews data shows:',
      '✗ BTC < $80K → miners on expensive power are already losing money',
      '✗ BTC < $60K → machines switched off en masse ( as in 2018-2020)',
    ],
    expect: [p('$50K', 50000), p('$80K', 80000), p('$60K', 60000)],
  },
];

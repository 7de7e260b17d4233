import { p, type RealCase } from '../labels';

// A newsletter: levels with "K" and one in parentheses.
export const cases: RealCase[] = [
  {
    url: 'https://cryptopolitan.beehiiv.com/p/bitcoin-capitulates-as-the-market-loses-its-nerve',
    lang: 'en',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin capitulates as the market loses its nerve',
    blocks: [
      'Something snapped this week.',
      'Bitcoin dropped below $62,000, its lowest since Q3 2024, as Glassnode’s Capitulation Metric hit its second-highest reading this cycle: forced selling is back, and it is not only retail.',
      'He notes that the market’s leverage has largely been flushed, and thinks BTC will find support between $70K–$100K.',
      'Only time will tell when BTC touches those levels, because Bitcoin is already trading below, in fact far below that region ($62K).',
    ],
    expect: [p('$62,000', 62000), p('$70K', 70000), p('$100K', 100000), p('$62K', 62000)],
  },
];

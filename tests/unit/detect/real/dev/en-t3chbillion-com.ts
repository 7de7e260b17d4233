// Forecast round-up: a 2025 prediction range and average (p) in prose under a $75,000 headline target, next to
// an ETF asset projection in billions (o).
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://t3chbillion.com/bitcoin/past-performance-data-signals-bitcoin-climb-75000',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Past Performance Data Signals Bitcoin Climb to $75,000',
    blocks: [
      'Recent performance data on Bitcoin may interest you, especially as it points to a possible rise to $75,000. Past trends show that some months, spring and early summer in particular, tend to bring strong gains.',
      'Forecasts for its 2025 price vary widely, from $85,550 to $165,000. The average forecast sits around $125,250, a sign of strong bullish sentiment among traders and analysts.',
      'If projections hold, assets managed by spot ETFs could reach $190 billion by 2025, further strengthening Bitcoin’s market position.',
    ],
    expect: [
      p('$75,000', 75000),
      p('$85,550', 85550),
      p('$165,000', 165000),
      p('$125,250', 125250),
      o('$190 billion', 190e9),
    ],
  },
];

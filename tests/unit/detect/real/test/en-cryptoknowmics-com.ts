import { p, type RealCase } from '../labels';

// Crypto news site's BTC technical analysis: "K"-suffixed levels throughout, ending with
// label-value lines for resistance and support ("Resistance Levels: $25K and $28K").
export const cases: RealCase[] = [
  {
    url: 'https://cryptoknowmics.com/news/btc-technical-analysis-retest-phase-intimidates-weekly-gains',
    lang: 'en',
    tags: ['prose', 'anaphora', 'label-value', 'format'],
    title: 'BTC Technical Analysis: Retest Phase Intimidates Weekly Gains',
    blocks: [
      'The breakout rally struggles to surpass the $25K mark, leaving a shooting star candle. This makes it hard for prices to stay above the 50-day SMA, and they might soon retest the broken range at $22K.',
      'If prices stay above the 50-day SMA, traders can expect a continuation beyond $25K toward the 100-day SMA. A dip under it would halve the weekly gains and retest the $22K mark.',
      'Resistance Levels: $25K and $28K',
      'Support Levels: $22K and $20K',
    ],
    expect: [
      p('$25K', 25000),
      p('$22K', 22000),
      p('$25K', 25000),
      p('$22K', 22000),
      p('$25K', 25000),
      p('$28K', 28000),
      p('$22K', 22000),
      p('$20K', 20000),
    ],
  },
];

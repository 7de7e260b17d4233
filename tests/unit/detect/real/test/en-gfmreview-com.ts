import { p, type RealCase } from '../labels';

// Finance-review site, "buy the dip" piece: a quote to the cent, forecast levels, a support level,
// an old entry price and a year-end target, mostly in sentences that say "the token" or "it".
export const cases: RealCase[] = [
  {
    url: 'https://gfmreview.com/index.php/crypto/bitcoin-dives-below-60k-is-it-time-to-buy-the-dip',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Dives Below $60k: Is It Time To Buy The Dip?',
    blocks: [
      'Bitcoin Dives Below $60k: Is It Time To Buy The Dip?',
      'Bitcoin is below the average purchase price of short-term holders; at the time of writing BTC was trading at $57,855.89, up 0.71% over 24 hours.',
      'Analysts expect the price to go as low as $52,000, or to hover around $55,000. Either way it sits below the $60,000 support level.',
      'Many traders bought the token at $20,000 and are sitting on a large return.',
      'The token reached a new ATH of $73,000 after the spot ETF approvals, and projections still point to the $100,000 milestone by year-end.',
    ],
    expect: [
      p('$60k', 60000),
      p('$57,855.89', 57855.89),
      p('$52,000', 52000),
      p('$55,000', 55000),
      p('$60,000', 60000),
      p('$20,000', 20000),
      p('$73,000', 73000),
      p('$100,000', 100000),
    ],
  },
];

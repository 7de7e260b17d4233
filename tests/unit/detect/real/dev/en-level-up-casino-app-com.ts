import { c, p, type RealCase } from '../labels';

// A casino site's reposted March 2020 news on miner capitulation: estimated per-coin mining costs
// (~$8,000, ~$7,700) and the crash low, with hashrate figures (no currency) around them.
export const cases: RealCase[] = [
  {
    url: 'https://level-up-casino-app.com/bitcoin-hash-rate-drops-fears-of-miner-capitulation',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Before the recent crypto market debacle, most calculations put the expenses for mining at around $8,000.',
      'A chart shared by well-known trader Byzantine General, for example, showed that on March 8th data the production cost of BTC and miners’ average cash flow hovered around $7,700.',
      'Sadly, BTC smashed through this threshold in last week’s crash, diving to a staggering low of $3,800.',
      'To be precise, the hash rate fell from 136 terahashes per second to just 82 terahashes.',
    ],
    expect: [c('$8,000', 8000), c('$7,700', 7700), p('$3,800', 3800)],
  },
];

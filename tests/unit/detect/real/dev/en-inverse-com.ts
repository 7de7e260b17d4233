import { c, o, p, type RealCase } from '../labels';

// Inverse on Fundstrat's mining-cost model: "the cost of a single token" is the market price, "the cost of
// actually mining said token" the production cost; the per-kWh rate is spelled out in words.
const url = 'https://inverse.com/article/42402-bitcoin-price-mining-cryptocurrency';
const title = 'Bitcoin Price Stats Reveal Huge Potential Issue for Miners';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'anaphora'],
    title,
    blocks: [
      'Bitcoin Price Stats Reveal Huge Potential Issue for Miners',
      'Bitcoin’s mining system is in a delicate balance. A new report shows the cost of a single token of the cryptocurrency is around $8,500, while the cost of actually mining said token is $8,038. If Bitcoin drops further, it could mean fewer miners online.',
    ],
    expect: [p('$8,500', 8500), c('$8,038', 8038)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'format'],
    title,
    blocks: [
      'A model produced by Fundstrat shows this balance on the edge. The model assumes a price of six cents per kilowatt-hour for electricity to arrive at a figure of $8,038. More than half of the cost is for regular equipment costs that can keep up with more powerful hardware.',
    ],
    expect: [o('six cents', 0.06), c('$8,038', 8038)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'However, there are reasons to believe Bitcoin miners can weather the storm. For a start, Fundstrat’s report shows Bitcoin previously traded at break-even costs back in January 2015, when the coin was at a price of $200. Not only did it survive, but it reached peaks of nearly $20,000 by December 2017.',
    ],
    expect: [p('$200', 200), p('$20,000', 20000)],
  },
];

import { c, o, p, type RealCase } from '../labels';

// A short market note: spot levels and support for BTC, then Glassnode's production cost per coin set
// against "the largest cryptocurrency"'s price (amounts spaced "$ 18,800"), and total daily miner income.
const url = 'https://www.toptrendcoins.com/bitcoin-price-drops-below-mining-cost/';
const title = 'Bitcoin Price Drops Below Mining Cost';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Bitcoin Price Drops Below Mining Cost',
      'Bitcoin, the leading cryptocurrency, fell back to $16,800 with the sell-off after pushing the $18,300 level last week. Hawkish remarks from Fed Chairman Powell after the rate hike weighed on all markets.',
    ],
    expect: [p('$16,800', 16800), p('$18,300', 18300)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin has been moving sideways for about 40 days. BTC could slowly retest the $15,600 support if there are no new developments.',
    ],
    expect: [p('$15,600', 15600)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'anaphora', 'format'],
    title,
    blocks: [
      'According to the Difficulty Regression Model chart shared by on-chain analytics firm Glassnode, miners are now making losses. According to the data, the production cost of one Bitcoin is $ 18,800, while the largest cryptocurrency finds buyers in the market with a tag of $ 16,800.',
      'The decline in miner profits supports the data that Bitcoin is trading below its cost of production. According to Braiins.com, revenue for BTC miners has decreased by 72% year over year. The daily income of crypto miners is around $ 15 million.',
    ],
    expect: [c('$ 18,800', 18800), p('$ 16,800', 16800), o('$ 15 million', 15e6)],
  },
];

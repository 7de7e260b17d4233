import { c, p, type RealCase } from '../labels';

// Electricity cost to mine one bitcoin by country, as list items that glue "Label: $15,861:" before the
// prose repeating the same per-coin cost.
const url = 'https://www.cryptoground.com/a/bitcoin-mining-electricity-cost';
const title = 'Bitcoin Mining Electricity Cost in Different Countries';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Over the past several years, prices of cryptocurrencies have been on a rise. Who could have ever thought in 2010 that Bitcoin, one day, would reach $20,000. Not even 2010 - it was perhaps impossible to think so till late 2017.',
    ],
    expect: [p('$20,000', 20000)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'label-value'],
    title,
    blocks: [
      '5 of The Most Expensive Countries to Mine Bitcoin',
      'Bitcoin Mining Cost in Cook Islands: $15,861: Cook islands are a group of 15 islands near New Zealand which are a self-governing nation. For those planning to mine for Bitcoins in Cook Islands, it’ll cost $15,861 in electricity prices to mine just one Bitcoin!',
    ],
    expect: [c('$15,861', 15861), c('$15,861', 15861)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'label-value'],
    title,
    blocks: [
      'Bitcoin Mining Cost in Solomon Islands: $16,209: It probably isn’t the best idea to mine for Bitcoins on islands, it seems. While mining a single Bitcoin in the Cook islands costs you over $15,000 - Solomon Islands near Papua New Guinea are even more expensive as it costs electricity worth $16,209 to mine a single Bitcoin.',
    ],
    expect: [c('$16,209', 16209), c('$15,000', 15000), c('$16,209', 16209)],
  },
];

import { o, type RealCase } from '../labels';

// Hash rate leaving the network after a price dip: the hash price ("just above $47", with its unit only
// in the sentence before) and monthly miner revenue and fee totals.
const url =
  'https://insightsanalytica.com/bitcoin-miners-witness-100-eh-s-leaving-network-amid-declining-prices-and-revenues/';
const title = 'Bitcoin Miners Witness 100 EH/s Leaving Network Amid Declining Prices and Revenues';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin has seen a 5% decline in price over the past week, leading to a decrease in mining revenues and the hash rate. The hash price, which represents the daily value of 1 petahash per second, has dropped to just above $47, the lowest since May.',
    ],
    expect: [o('$47', 47)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Despite fees collected in June exceeding those from May, the drop in the hash price has cut miners’ earnings. In May, a total of $964.24 million was collected, with $64.85 million coming from fees. In comparison, from June 1 to 29, $914.43 million was collected, with $99.62 million coming from fees.',
    ],
    expect: [
      o('$964.24 million', 964.24e6),
      o('$64.85 million', 64.85e6),
      o('$914.43 million', 914.43e6),
      o('$99.62 million', 99.62e6),
    ],
  },
];

import { c, p, type RealCase } from '../labels';

// A short post on a project's community forum: an electricity cost per coin and the traded price, both
// bare "60k"/"56k" numbers on their own lines, only the first line naming Bitcoin miners.
export const cases: RealCase[] = [
  {
    url: 'https://community.onyx.org/t/bitcoin-prices-are-hovering-very-close-to-the-average-cost-of-production-for-bitcoin-miners/1655',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title: 'Bitcoin prices are hovering very close to the average cost of production for Bitcoin miners',
    blocks: [
      'Bitcoin prices are hovering very close to the average cost of production for Bitcoin miners',
      'retail miners are getting cleaned out in this chop',
      'To produce 1 bitcoin, total cost = electricity cost + labor cost + warehouse cost + etc.…',
      'Average Electricity cost now is 60k',
      'Total cost is much bigger',
      'But BTC is being traded at 56k',
    ],
    expect: [c('60k', 60000), p('56k', 56000)],
  },
];

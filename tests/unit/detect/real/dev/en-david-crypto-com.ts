import { c, o, p, type RealCase } from '../labels';

// A blog post on a bank's production-cost estimate: the cost per coin recurs under several headings, next to
// its change ("up $3,000"), the dollar value of a block reward and the coin's own price levels.
export const cases: RealCase[] = [
  {
    url: 'https://david-crypto.com/?p=2116',
    lang: 'en',
    tags: ['cost', 'prose', 'change', 'anaphora'],
    title: 'JP Morgan predicts bitcoin price will reach its mining cost of $45,000',
    blocks: [
      'JP Morgan predicts bitcoin price will reach its mining cost of $45,000',
      'JP Morgan puts the cost of mining one Bitcoin at $45,000, up $3,000 since March 2024. At the same time, the bank expects Bitcoin’s price to fall toward this production cost.',
      'JP Morgan estimates the cost of mining one bitcoin at around $45,000',
      'In a recent report, JP Morgan estimates that the average cost of mining one Bitcoin has risen to $45,000, up $3,000 from its previous estimate in March 2024.',
      'The rise is mostly down to Bitcoin’s 4th halving in April. The halving, every 210,000 blocks or roughly every four years, cuts the miners’ reward from 6.25 BTC per block to 3.125 BTC, equivalent to just over $200,000.',
      'Bitcoin prices since the beginning of 2024',
      'Instead, the price of BTC kept rising, reaching nearly $74,000, and has held above $60,000 for several weeks.',
      'In its new report published on Thursday, May 16, 2024, JP Morgan stresses that the price of Bitcoin will eventually fall to meet its production cost, estimated at $45,000.',
      'JP Morgan predicts a decline in bitcoin’s price',
      'In April 2024, the CEO of Marathon Digital, the largest mining company in the U.S., put their post-halving breakeven at around $46,000 per Bitcoin, in line with JP Morgan’s estimate.',
    ],
    expect: [
      c('$45,000', 45000),
      c('$45,000', 45000),
      o('$3,000', 3000),
      c('$45,000', 45000),
      c('$45,000', 45000),
      o('$3,000', 3000),
      o('$200,000', 200000),
      p('$74,000', 74000),
      p('$60,000', 60000),
      c('$45,000', 45000),
      c('$46,000', 46000),
    ],
  },
];

import { c, o, p, type RealCase } from '../labels';

// SquawkFeed rewrite of a Blockworks newsletter on the cost of mining one BTC a year after the halving:
// Cambridge and Marathon per-coin costs beside spot/average prices, and a per-coin profit (a difference).
const url = 'https://squawkfeed.io/?p=6557';
const title = 'Cost of Mining Bitcoin One Year After Halving: An Analytical Overview';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'The price of Bitcoin now stands at $88,500, up 36% since the halving and some 130% above the average price during the final stretch of the previous halving cycle. Those prices have drawn in more miners, lifting total hash rate to record levels.',
      'Working out what it currently costs to mine 1 BTC is hard, since it hinges on electricity and overheads, though Cambridge puts it at $48,671 per coin. Taking Marathon, with roughly 7% of the hash rate, as a case study: in the three quarters before the latest halving it produced 10,542 BTC, for a production cost of about $21,500 per coin, against an average trade price of $39,300 that left a margin of $17,800.',
      "Over the last two quarters Marathon's production costs have climbed to $43,270, reflecting the halving's impact.",
    ],
    expect: [
      p('$88,500', 88500),
      c('$48,671', 48671),
      c('$21,500', 21500),
      p('$39,300', 39300),
      o('$17,800', 17800),
      c('$43,270', 43270),
    ],
  },
];

import { c, p, type RealCase } from '../labels';

// Bittribute explainer on CryptoQuant's post-halving mining cost: a "needs to stay above" break-even
// headline, S19 XP costs per coin, then past-cycle price peaks in the same paragraphs.
const url =
  'https://bittribute.com/bitcoin-needs-to-stay-above-80000-for-mining-to-be-profitable-after-halving/';
const title = 'Bitcoin Needs To Stay Above $80,000 For Mining To Be Profitable After Halving';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'Bitcoin Needs To Stay Above $80,000 For Mining To Be Profitable After Halving',
      'CryptoQuant CEO Ki Young Ju says the cost of mining will climb once the Bitcoin halving takes place in mid-April.',
      'With Antminer S19 XPs, mining a Bitcoin currently costs around $40,000, a figure that will rise to $80,000 after the halving.',
    ],
    expect: [c('$80,000', 80000), c('$40,000', 40000), c('$80,000', 80000)],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title,
    blocks: [
      'After the May 2020 halving, the price miners needed to keep mining profitably rose past the $30,000 mark.',
      'In that same cycle the price of Bitcoin also pumped to its previous all-time high of $69,000.',
      'As of April 6th, 2024, the average cost of mining Bitcoin had reached $49,902, while the price of Bitcoin was then above the $70,000 mark.',
      'Once the halving lands on April 20th, average mining costs are expected to exceed $80,000, so BTC has to trade above that cost for miners to keep working at a profit.',
      {
        heading: 'The price',
        text: 'Historically the price has jumped several-fold after each halving. Following the 2012 halving it rose a staggering 9,000% to reach $1,162.',
      },
      'After the 2016 halving Bitcoin gained 4,200% to hit $18,900.',
      'Likewise, the 2020 halving was followed by a 683% rise that carried it up to $69,000.',
    ],
    expect: [
      c('$30,000', 30000),
      p('$69,000', 69000),
      c('$49,902', 49902),
      p('$70,000', 70000),
      c('$80,000', 80000),
      p('$1,162', 1162),
      p('$18,900', 18900),
      p('$69,000', 69000),
    ],
  },
];

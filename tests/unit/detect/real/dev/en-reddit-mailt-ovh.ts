import { c, o, type RealCase } from '../labels';

// An r/Bitcoin post (seen through a Reddit front-end) working out the electricity cost of one coin, list by list.
export const cases: RealCase[] = [
  {
    url: 'https://reddit.mailt.ovh/r/Bitcoin/duplicates/1chqbz9',
    lang: 'en',
    tags: ['forum', 'cost', 'label-value', 'format'],
    title: 'Understanding the Real Cost of Mining One Bitcoin',
    blocks: [
      'r/Bitcoin • u/JournalistNormal5003 • May 01 ’24',
      'Understanding the Real Cost of Mining One Bitcoin',
      'Hey everyone! I have been digging into the economics of Bitcoin mining and wanted to compare my own estimate with what the big institutions say it currently costs to mine a single Bitcoin. My number comes out high (~ $100k), and I wonder what went wrong.',
      'Assumptions:',
      'Hashrate: 628 EH/s (exahashes per second)',
      'Energy Efficiency: 16 J/TH (joules per terahash), in line with some of the more efficient hardware available today.',
      'Electricity Cost: $0.05 per kWh, a rough average for industrial power rates in several countries.',
      'Block Reward: Currently at 3.125 BTC per block, after the most recent halving.',
      'Calculations:',
      'Daily Energy Consumption: Hashrate x Efficiency x Seconds per Day, which comes to about 868.15 terajoules.',
      'Daily Electricity Cost: With that energy use and the power price above, this totals approximately $43.4 million per day.',
      'Daily Bitcoins Mined: With the current block reward and 144 blocks per day, this equals 450 BTC.',
      'Cost per Bitcoin: Dividing the total daily electricity cost by the number of bitcoins mined gives approximately $96,460 per Bitcoin.',
      'Did I do something obviously wrong here? Would love to learn from you.',
      '13 Upvotes',
    ],
    expect: [c('$100k', 100000), o('$0.05', 0.05), o('$43.4 million', 43.4e6), c('$96,460', 96460)],
  },
];

import { c, o, type RealCase } from '../labels';

// A mining guide: the production cost per coin opens and closes the page; in between, only per-kWh rates and
// daily or monthly power bills.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoinmining.zone/why-electricity-costs-make-or-break-bitcoin-miners',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Why Electricity Costs Make or Break Bitcoin Miners',
    blocks: [
      'Bitcoin mining profitability hinges on electricity costs, which often account for over half of a miner’s expenses. With recent surges pushing production costs above $70,000 per Bitcoin in Q2 2025, understanding and optimizing energy use is critical. This guide breaks down the math behind mining costs.',
      'The Dominance of Electricity Costs',
      'A Digiconomist analysis finds electricity takes about 51% of total miner income when priced at 5 cents per kWh. As energy prices climb—driving production costs up 35% since late 2024—this ratio becomes ever more decisive. Miners facing electricity rates above $0.06/kWh risk operating at a loss during market downturns.',
      'Calculating Your Energy Expenses',
      'Hardware power consumption (e.g., Antminer S19 XP uses 3,250 watts)',
      'Local electricity rate (aim for ≤ $0.05/kWh)',
      'Example calculation: Running a 7,215-watt miner for 24 hours at $0.05/kWh costs $8.66 daily—totaling $260 monthly. Compare this with your expected BTC rewards to gauge break-even points.',
      'Geographic relocation: Target regions with subsidized renewables—like hydropower-rich Scandinavia or solar-rich Texas—where rates can dip below $0.03/kWh.',
      'Navigating Rising Costs',
      'Production expenses now exceed $70,000 per Bitcoin due to soaring energy prices and climbing network difficulty.',
    ],
    expect: [
      c('$70,000', 70000),
      o('5 cents'),
      o('$0.06', 0.06),
      o('$0.05', 0.05),
      o('$0.05', 0.05),
      o('$8.66', 8.66),
      o('$260', 260),
      o('$0.03', 0.03),
      c('$70,000', 70000),
    ],
  },
];

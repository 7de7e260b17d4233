import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://financetimes.org/bitcoin-trades-20-below-production-cost-as-miner-profitability-drops-to-14-month-low',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Trades 20% Below Production Cost as Miner Profitability Drops to 14-Month Low',
    blocks: [
      'Bitcoin has fallen to roughly $70,000 on February 5 — about 20% under the estimated $87,000 cost to produce a single coin — as falling hashrate, thinner margins and a wider market rout push miner profitability to a 14-month low.',
      {
        heading: 'Key Takeaways:',
        text: '– Bitcoin trades near $71,000, roughly 20% below its estimated all-in production cost — a gap that has historically shown up only in bear markets.',
      },
      {
        heading: 'Key Takeaways:',
        text: '– The Miner Profit and Loss Sustainability Index has dropped to 21, a level last seen in November 2024, after daily mining revenue briefly touched $28 million.',
      },
      'The slide goes back to early October, when Bitcoin traded near $126,000.',
      {
        heading: 'Miner Revenue Collapses as Block Times Drift Above Target',
        text: 'Daily Bitcoin mining revenue sank from roughly $45 million to a yearly low of $28 million in late January, as lower prices and severe US winter storms forced big operators to curtail output.',
      },
    ],
    expect: [
      p('$70,000', 70000),
      c('$87,000', 87000),
      p('$71,000', 71000),
      o('$28 million', 28e6),
      p('$126,000', 126000),
      o('$45 million', 45e6),
      o('$28 million', 28e6),
    ],
  },
];

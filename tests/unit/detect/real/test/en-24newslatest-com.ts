import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://24newslatest.com/post/bitcoin-miners-face-squeeze-as-prices-dip-below-production-costs-profitability-hits-14-month-low',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title:
      'Bitcoin Miners Face Squeeze as Prices Dip Below Production Costs, Profitability Hits 14-Month Low',
    blocks: [
      'Bitcoin miners are going through one of their hardest stretches in more than a year, as the digital asset’s price has dropped under a key industry benchmark: the cost of production. Trading near $71,000, Bitcoin sits about 20% below the estimated all-in cost of $87,000 to produce a single coin, industry analytics show.',
      'The numbers are stark. Daily mining revenue fell from roughly $45 million to a yearly low of $28 million in late January.',
    ],
    expect: [p('$71,000', 71000), c('$87,000', 87000), o('$45 million', 45e6), o('$28 million', 28e6)],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsleague.com/2024/09/23/electricity-costs-to-mine-1-bitcoin-at-home-around-the-world',
    lang: 'en',
    tags: ['cost', 'format', 'prose'],
    title: 'Electricity Costs to Mine 1 Bitcoin at Home Around the World',
    blocks: [
      'Key Findings\nMining 1 Bitcoin in Eire prices as much as $321,112, whereas in Iran, miners pay simply $1,324 – Over 240 instances cheaper.A miner in Iran may mine over 42 Bitcoins for the vitality price of only one Bitcoin in Eire.With the present Bitcoin worth at $57,909.16, U.S. miners face a few 50% loss per Bitcoin attributable to excessive vitality prices.',
    ],
    expect: [c('$321,112', 321112), c('$1,324', 1324), p('$57,909.16', 57909.16)],
  },
];

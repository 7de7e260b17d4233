// News on miners squeezed after a price drop: a one-day fall in Bitcoin's value (change, o), hashprice and
// hashcost per PH/s, a hosting rate per kWh, total miner costs per Bitcoin (c), and fundraising/debt totals.
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fxcryptarena.com/2024/08/09/bitcoin-miners-struggle-with-low-profits-and-rising-operational-costs',
    lang: 'en',
    tags: ['cost', 'prose', 'change', 'format'],
    title: 'Bitcoin Miners Struggle With Low Profits and Rising Operational Costs',
    blocks: [
      'Bitcoin miners are going through a rough patch as new challenges pile up. Last Wednesday mining difficulty jumped sharply, and Bitcoin’s value dropped by $10,000 in one day.',
      'As a result the hashprice—the earnings per unit of hashrate—fell to a record low, below $36 per PH/s. Although Bitcoin’s value has rebounded to over $60,000, the hashprice is still around $40 per PH/s, 10% lower than in early July.',
      'High operating costs add to the strain. Bitmain’s Antminer S19XPs at Core Scientific’s facilities pay a hosting rate of $0.0745 per kWh, which makes it hard to break even with a daily hashcost of $39 per PH/s.',
      'In their Q2 financial reports these companies disclosed high operating costs, pushing total mining expenses in July above $60,000 per Bitcoin. Even so, Marathon and Riot are holding on to the Bitcoin they mine, probably betting on better market conditions.',
      'They have raised over $1.5 billion this year through stock sales to ride out the slump. Heavy spending still lies ahead in 2024, with over $1 billion already spent on power, plants, and equipment.',
      'Core Scientific, by contrast, is selling all the Bitcoin it mines to cover costs and cut debt. It cleared $260 million of debt in July.',
    ],
    expect: [
      o('$10,000', 10000),
      o('$36', 36),
      p('$60,000', 60000),
      o('$40', 40),
      o('$0.0745', 0.0745),
      o('$39', 39),
      c('$60,000', 60000),
      o('$1.5 billion', 1.5e9),
      o('$1 billion', 1e9),
      o('$260 million', 2.6e8),
    ],
  },
];

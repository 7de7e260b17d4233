// News on TheMinerMag's Q2 2025 mining-cost estimate: three per-coin costs, two of them in sentences that do not
// name Bitcoin, then spot price, fleet hashcost per PH/s and power prices per kWh.
import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://defi-planet.com/2025/06/bitcoin-mining-costs-surge-past-70k-in-q2-pressuring-less-efficient-miners',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Mining Costs Surge Past $70K in Q2, Pressuring Less Efficient Miners',
    blocks: [
      'The cost of mining a single Bitcoin has reached new highs, with median production expenses expected to exceed $70,000 in the second quarter of 2025.',
      'That is a marked rise from $64,000 in Q1, according to a new industry report from research firm TheMinerMag.',
      'The increase — close to 9.4% quarter-over-quarter — is mostly put down to rising energy prices and a growing network hashrate, both squeezing margins across the sector. In Q4 2024, the median cost to produce one Bitcoin was around $52,000.',
      'Although Bitcoin’s current trading price hovers near $107,635, the thinner profit margins are starting to weigh on miners, especially those running older equipment or less energy-efficient strategies.',
      'Listed mining companies have stepped up efforts to boost efficiency, with a strong focus on “fleet hashcost” — the expense per unit of computing power. In Q1 2025, the median fleet hashcost held steady at $34 per petahash per second (PH/s).',
      'Terawulf blamed its higher costs on energy prices, which jumped to $0.081 per kilowatt-hour (kWh) in Q1 — nearly double the $0.041 per kWh it paid in the same period last year.',
    ],
    expect: [
      c('$70,000', 70000),
      c('$64,000', 64000),
      c('$52,000', 52000),
      p('$107,635', 107635),
      o('$34', 34),
      o('$0.081', 0.081),
      o('$0.041', 0.041),
    ],
  },
];

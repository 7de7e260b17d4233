import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://docslib.org/doc/6986648/mining-whitepaper-december-2019-final',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title:
      'THE MINING NETWORK Trends, Average Creation Costs, Electricity Consumption & Sources — DECEMBER 2019 UPDATE',
    blocks: [
      'The Bitcoin Mining Network - Trends, Composition, Average Creation Cost, Electricity Consumption & Sources',
      'One of our findings is an estimate that the market-average, all-in marginal cost of creation today, at ¢4/KWh, 15% non-electricity OPEX and 30-month depreciation schedules, is approximately $6,300. We have also cut our headline average electricity cost to ¢4/ KWh to reflect wider access to very competitive power prices. If we are right, then at current bitcoin prices ($7,300), the average miner makes money.',
      'Older gear such as the Antminer S9 will probably be near the end of its life after the halving, unless the price of Bitcoin climbs sharply or more operators get electricity around or below ¢1/kWh.',
    ],
    expect: [o('¢4/KWh', 0.04), c('$6,300', 6300), o('¢4/ KWh', 0.04), p('$7,300', 7300), o('¢1/kWh', 0.01)],
  },
];

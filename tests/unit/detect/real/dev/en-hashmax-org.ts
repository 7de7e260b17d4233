import { c, o, p, type RealCase } from '../labels';

// A mining-host blog post: break-even costs before and after depreciation set against the price of the
// day, a per-coin profit, a rate in cents and the price of a machine.
export const cases: RealCase[] = [
  {
    url: 'https://www.hashmax.org/through-a-tough-year-bitcoin-mining-proves-to-be-profitable/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Through A Tough Year, Bitcoin Mining Proves To Be Profitable',
    blocks: [
      'During the second half of 2018 and particularly December, the cryptocurrency market entered a brutal winter in which bitcoin mining stopped paying. The bottom formation of bitcoin started on December 15 2018 with prices in the $3,100-$3,200 USD range.',
      'Since the start of April 2019, bitcoin has been rallying to heights not seen since last year. Based on calculations by market analyst Alex Kruger, bitcoin mining is profitable again for the first time since December. The breakeven cost at the December 15 bottom averaged around $3,150 before mining rig depreciation was included. Once included, the breakeven came to $3,850 against a $3,200 bitcoin price. As of 15 April 2019, breakeven costs ranged around $3,550 (before miner rig depreciation) and $4,350 (after miner rig depreciation) against a $5,250 bitcoin price. This means that for each bitcoin mined, there is a $900 dollar profit. The calculation assumed electricity at 5.5 cents kWh, Antminer S9s valued at $200 and a depreciation schedule of one and a half years.',
    ],
    expect: [
      p('$3,100', 3100),
      p('$3,200 USD', 3200),
      c('$3,150', 3150),
      c('$3,850', 3850),
      p('$3,200', 3200),
      c('$3,550', 3550),
      c('$4,350', 4350),
      p('$5,250', 5250),
      o('$900 dollar', 900),
      o('5.5 cents'),
      o('$200', 200),
    ],
  },
];

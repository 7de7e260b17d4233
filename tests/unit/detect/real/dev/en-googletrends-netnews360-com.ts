import { c, o, p, type RealCase } from '../labels';

// A rewrite of a mining-pool tweet: the coin's level, a range of break-even prices for machines (costs per
// coin), the pool's quoted threshold and a per-kWh rate.
export const cases: RealCase[] = [
  {
    url: 'https://googletrends.netnews360.com/only-5-mining-machines-still-profitable-as-market-collapses',
    lang: 'en',
    tags: ['cost', 'prose', 'forum'],
    title: 'Only 5 mining machines still profitable as market collapses',
    blocks: [
      'With Bitcoin now dipping below $55,000, the consequences for mining are significant, and concern is spreading across the industry.',
      'F2Pool’s analysis shows that only five ASIC models can still turn a profit at current Bitcoin prices: the Antminer S21 Hydro, Antminer S21, Avalon A1466I, Antminer S19 XP Hydro and Antminer S19 XP.',
      'These machines have a breakeven point of $39,581 to $53,187, making them the last bastions of profitability in the ongoing price decline.',
      '⛏️With #Bitcoin trading below $58,000, what is the current profitability of mining?',
      'At a rate of $0.08/kWh, ASICs with an efficiency of less than 23 W/T operate at a loss.',
      '— f2pool 🐟 (@f2pool_official) July 4, 2024',
    ],
    expect: [
      p('$55,000', 55000),
      c('$39,581', 39581),
      c('$53,187', 53187),
      p('$58,000', 58000),
      o('$0.08', 0.08),
    ],
  },
];

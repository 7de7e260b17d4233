import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://worldbts.com/mining/bitcoin-critical-number-revealed-miners-will-start-losing-money-if-btc-falls-below-this-number',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin critical number revealed: miners will start losing money if BTC falls below this number',
    blocks: [
      'CoinShares data show that the weighted average cash cost of mining Bitcoin among listed mining companies jumped 47%, from $55,950 in Q3 2024 to about $82,162 in Q4. Leaving out the outlier Hut 8, the average was a little lower at $75,767, still a 35% rise on the quarter.',
      'Once non-cash items such as depreciation and stock-based compensation are counted, the overall average cost climbs to $137,018 per bitcoin, well above the current market price of bitcoin, around $95,000.',
    ],
    expect: [
      c('$55,950', 55950),
      c('$82,162', 82162),
      c('$75,767', 75767),
      c('$137,018', 137018),
      p('$95,000', 95000),
    ],
  },
];

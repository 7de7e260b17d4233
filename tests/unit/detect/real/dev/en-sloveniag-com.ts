import { c, o, p, type RealCase } from '../labels';

// Sloveniag (machine-reworded Cointelegraph copies) with amounts spaced "$ 42,000": Capriole's miner
// break-even/production cost beside spot levels and a gap below the ATH; and JPMorgan's volatility-based
// "fair value" (a price level, not a cost) beside spot prices.
export const cases: RealCase[] = [
  {
    url: 'https://sloveniag.com/bitcoin-miners-can-take-fresh-20-btc-price-hit-before-capitulating-data-shows/',
    lang: 'en',
    tags: ['cost', 'prose', 'format', 'change'],
    blocks: [
      'As the popular Twitter account @venturefounder noted on January 14, even at $ 42,000, BTC / USD trades about 20% above what miners need to break even.',
      'Despite falling $ 27,000 below the all-time high, BTC is more tempting than ever for miners, with the hash rate at a record this week.',
      'Citing the BTC production cost index of Capriole’s Charles Edwards, the account revealed that the break-even point is currently $ 34,000.',
      '“Bitcoin risked miners capitulating at $ 30,000 in May. The current cost of production is $ 34,000, which is 20% below today’s price.”',
      'As reported by Cointelegraph, miners are already voting with their wallets as BTC consolidates below $ 50,000.',
    ],
    expect: [
      p('$ 42,000', 42000),
      o('$ 27,000', 27000),
      c('$ 34,000', 34000),
      p('$ 30,000', 30000),
      c('$ 34,000', 34000),
      p('$ 50,000', 50000),
    ],
  },
  {
    url: 'https://sloveniag.com/jpmorgan-estimates-fair-value-of-bitcoin-at-38k/',
    lang: 'en',
    tags: ['prose', 'format'],
    blocks: [
      'In the bank’s latest note on Tuesday, JPMorgan strategists put BTC’s current fair value at around $ 38,000, an estimate based on bitcoin being almost four times as volatile as gold.',
      'The analysts suggested the “fair value” would rise to $ 50,000 if volatility were halved.',
      'At the time of writing Bitcoin trades around $ 43,000, 12% above JPMorgan’s proposed “fair value”, after reaching around $ 44,900 on Tuesday.',
    ],
    expect: [p('$ 38,000', 38000), p('$ 50,000', 50000), p('$ 43,000', 43000), p('$ 44,900', 44900)],
  },
];

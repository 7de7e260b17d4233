import { c, p, type RealCase } from '../labels';

// Crypto news site rewriting a CoinShares mining report: a chain of per-coin cash and all-in costs by quarter,
// then the market price they are set against; the headline names no amount.
export const cases: RealCase[] = [
  {
    url: 'https://bitnews.site/2025/04/25/critical-number-revealed-for-bitcoin-miners-start-losing-money-if-btc-falls-below-this-number',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Critical Number Revealed for Bitcoin: Miners Start Losing Money If BTC Falls Below This Number',
    blocks: [
      'In a new report, CoinShares looks at how Bitcoin (BTC) mining economics are changing after the 2024 halving and the climb in hashrate. The weighted average cash cost to mine a bitcoin among listed mining firms rose 47%, from $55,950 in Q3 2024 to about $82,162 in Q4. Leaving out the unusual Hut 8, the average was a little lower at $75,767, still a 35% rise on the quarter.',
      'Once non-cash items such as depreciation and stock-based pay are added, the total average cost reached $137,018 per bitcoin, well above the current market price of around $95,000. Even so, many miners stayed profitable thanks to the rally and efficiency gains.',
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

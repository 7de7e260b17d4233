import { c, p, type RealCase } from '../labels';

// A machine-"spun" copy of a CoinShares write-up: the synonym swaps ("value", "worth", "costs") are the page's own.
export const cases: RealCase[] = [
  {
    url: 'https://mycryptopot.com/miners-start-losing-money-if-btc-falls-below-this-number',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Miners start losing money if BTC falls below this number',
    blocks: [
      'Based on CoinShares, the weighted common money value to mine a bitcoin amongst listed mining companies rose sharply by 47%, from $55,950 in Q3 2024 to roughly $82,162 in This autumn.',
      'When non-cash bills such as depreciation are included, the overall common value rose to $137,018 per bitcoin, far above Bitcoin’s present market worth of round $95,000.',
    ],
    expect: [c('$55,950', 55950), c('$82,162', 82162), c('$137,018', 137018), p('$95,000', 95000)],
  },
];

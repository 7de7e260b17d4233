import { o, type RealCase } from '../labels';

// ADVFN Canada copy of a Riot Platforms 8-K: power-cost table cells written "$ 186,154" (in thousands)
// and "$ 3.4" (cents per kWh) under year headers, beside the filing's definition of Cost to Mine.
// All other; values left off because the scale sits in the table caption / row label.
const url = 'https://ca.advfn.com/stock-market/NASDAQ/RIOT/stock-news/95500544/form-8-k-current-report';
const title = 'Form 8-K - Current report';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['table', 'cost', 'format'],
    title,
    blocks: [
      { text: '$ 186,154', header: '2024', row: 'Total Cost of Power' },
      { text: '$ 135,513', header: '2023', row: 'Total Cost of Power' },
      { text: '$ 88,368', header: '2022', row: 'Total Cost of Power' },
      { text: '$ 152,469', header: '2024', row: 'Net Cost of Power' },
      { text: '$ 64,298', header: '2023', row: 'Net Cost of Power' },
      { text: '$ 61,023', header: '2022', row: 'Net Cost of Power' },
      { text: '$ 3.4', header: '2024', row: 'Cost of Power (c/kWh)' },
      { text: '$ 2.1', header: '2023', row: 'Cost of Power (c/kWh)' },
      { text: '$ 3.1', header: '2022', row: 'Cost of Power (c/kWh)' },
    ],
    expect: [
      o('$ 186,154'),
      o('$ 135,513'),
      o('$ 88,368'),
      o('$ 152,469'),
      o('$ 64,298'),
      o('$ 61,023'),
      o('$ 3.4'),
      o('$ 2.1'),
      o('$ 3.1'),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose'],
    title,
    blocks: [
      'Cost to Mine: The Company defines Cost to Mine as the direct cost to mine one Bitcoin, excluding Bitcoin miner depreciation, as calculated in the table below.',
      'Cost to Mine represents the marginal profitability on operations of a Bitcoin miner. This number is frequently compared to the market price of Bitcoin to determine at what discount to the market price of Bitcoin a miner is earning net Bitcoin.',
    ],
    expect: [],
  },
];

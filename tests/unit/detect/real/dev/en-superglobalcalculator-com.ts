import { o, type RealCase } from '../labels';

// Mining-calculator reference tables: revenue per TH/s per day and per-kWh electricity prices (all other);
// hash rates, block rewards and wattages carry no currency.
export const cases: RealCase[] = [
  {
    url: 'https://superglobalcalculator.com/calculators/finance/crypto-mining',
    lang: 'en',
    tags: ['table', 'label-value', 'format'],
    title: 'Crypto Mining Profitability Calculator',
    blocks: [
      'Crypto Mining Profitability Calculator',
      'Calculate cryptocurrency mining profitability based on hash rate, power consumption, and electricity cost. See daily, monthly, and yearly estimates.',
      'Typical mining metrics (Bitcoin, approximate):',
      { text: 'Block reward', row: 'Block reward' },
      { text: '3.125 BTC (post-2024 halving)', header: 'Value', row: 'Block reward' },
      { text: 'Blocks per day', row: 'Blocks per day' },
      { text: '~144', header: 'Value', row: 'Blocks per day' },
      { text: 'Network hash rate', row: 'Network hash rate' },
      { text: '~600 EH/s', header: 'Value', row: 'Network hash rate' },
      { text: 'Revenue per TH/s/day', row: 'Revenue per TH/s/day' },
      { text: '~$0.05–0.08 (varies)', header: 'Value', row: 'Revenue per TH/s/day' },
      'Power consumption examples:',
      { text: 'Antminer S21', row: 'Antminer S21' },
      { text: '200 TH/s', header: 'Hash Rate', row: 'Antminer S21' },
      { text: '3,500 W', header: 'Power', row: 'Antminer S21' },
      { text: 'Whatsminer M60S', row: 'Whatsminer M60S' },
      { text: '186 TH/s', header: 'Hash Rate', row: 'Whatsminer M60S' },
      { text: '3,344 W', header: 'Power', row: 'Whatsminer M60S' },
      'Electricity costs around the world:',
      'United States average: $0.12/kWh',
      'Europe average: $0.25/kWh',
      'China: $0.05–0.08/kWh',
      'Iceland: $0.05/kWh (popular mining location)',
      'Tip: If your electricity cost exceeds $0.10/kWh, profitability is difficult unless you have very efficient hardware. Many profitable miners operate in regions with cheap electricity (under $0.06/kWh).',
    ],
    expect: [
      o('$0.05', 0.05),
      o('0.08', 0.08),
      o('$0.12/kWh', 0.12),
      o('$0.25/kWh', 0.25),
      o('$0.05', 0.05),
      o('0.08/kWh', 0.08),
      o('$0.05/kWh', 0.05),
      o('$0.10/kWh', 0.1),
      o('$0.06/kWh', 0.06),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Mining-profitability calculator: the BTC price tile, then a Daily/Monthly/Yearly table whose USD rows are
// revenue, electricity and profit (other); the BTC row carries no fiat currency.
const cols = ['Daily', 'Monthly', 'Yearly'];
const row = (label: string, values: string[]) => [
  { text: label },
  ...values.map((text, i) => ({ text, header: cols[i], row: label })),
];

export const cases: RealCase[] = [
  {
    url: 'https://www.spark.money/tools/mining-calculator',
    lang: 'en',
    tags: ['widget', 'table', 'label-value'],
    title: 'Bitcoin Mining Profitability Calculator: Revenue, Costs, and ROI',
    blocks: [
      'Bitcoin Mining Profitability Calculator: Revenue, Costs, and ROI',
      'Calculate Bitcoin mining profitability based on hash rate, power consumption, electricity cost, and pool fees. Estimate daily, monthly, and yearly revenue.',
      { text: '$97,000.00', row: 'BTC Price' },
      { text: '~110 T', row: 'Network Difficulty' },
      { text: '3.125 BTC', row: 'Block Reward' },
      'Profitability Breakdown',
      ...row('Revenue (BTC)', ['0.00018954', '0.00568607', '0.06918056']),
      ...row('Revenue (USD)', ['$18.38', '$551.55', '$6,710.51']),
      ...row('Electricity Cost', ['-$7.72', '-$231.55', '-$2,817.22']),
      ...row('Net Profit', ['$10.67', '$320.00', '$3,893.30']),
      { text: '58.02%', row: 'Profit Margin' },
      { text: '$0.19', row: 'Daily Pool Fee' },
      'All calculations use hardcoded network values and are performed locally in your browser. Actual mining results will vary as BTC price, difficulty, and fees change constantly.',
    ],
    expect: [
      p('$97,000.00', 97000),
      o('$18.38', 18.38),
      o('$551.55', 551.55),
      o('$6,710.51', 6710.51),
      o('-$7.72', -7.72),
      o('-$231.55', -231.55),
      o('-$2,817.22', -2817.22),
      o('$10.67', 10.67),
      o('$320.00', 320),
      o('$3,893.30', 3893.3),
      o('$0.19', 0.19),
    ],
  },
];

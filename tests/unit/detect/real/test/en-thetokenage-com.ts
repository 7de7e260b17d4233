import { o, p, type RealCase } from '../labels';

const url = 'https://www.thetokenage.com/2025/11/break-even-analysis-how-much-btc-must.html';
const title = 'Break-Even Analysis: How Much BTC Must a Miner Earn?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['table', 'format'],
    title,
    blocks: [
      {
        heading: 'Key Cost Factors in Break-Even Calculations',
        header: 'Example',
        row: 'Electricity',
        text: '$0.06–$0.10 per kWh',
      },
      {
        heading: 'Key Cost Factors in Break-Even Calculations',
        header: 'Example',
        row: 'Hardware',
        text: '$2,000–$10,000+',
      },
    ],
    expect: [o('$0.06', 0.06), o('$0.10', 0.1), o('$2,000', 2000), o('$10,000', 10000)],
  },
  {
    url,
    lang: 'en',
    tags: ['table', 'label-value'],
    title,
    blocks: [
      {
        heading: 'Example: Antminer S19 Pro Break-Even',
        header: 'Value',
        row: 'Electricity Cost',
        text: '$0.08 / kWh',
      },
      {
        heading: 'Example: Antminer S19 Pro Break-Even',
        header: 'Value',
        row: 'Bitcoin Price',
        text: '$65,000',
      },
      {
        heading: 'Example: Antminer S19 Pro Break-Even',
        header: 'Value',
        row: 'Daily Power Cost',
        text: '3.25 × 24 × 0.08 = $6.24',
      },
      {
        heading: 'Example: Antminer S19 Pro Break-Even',
        header: 'Value',
        row: 'BTC Earned/day',
        text: '~0.00022 BTC',
      },
      {
        heading: 'Example: Antminer S19 Pro Break-Even',
        header: 'Value',
        row: 'Value of BTC/day',
        text: '0.00022 × 65,000 = $14.30',
      },
      '➡️ Profit: $14.30 − $6.24 = $8.06/day',
    ],
    expect: [
      o('$0.08', 0.08),
      p('$65,000', 65000),
      o('$6.24', 6.24),
      o('$14.30', 14.3),
      o('$14.30', 14.3),
      o('$6.24', 6.24),
      o('$8.06', 8.06),
    ],
  },
];

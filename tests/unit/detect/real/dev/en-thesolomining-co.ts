import { o, type RealCase } from '../labels';

// Home-mining running-cost table: the column headers are per-kWh tariffs, the cells monthly costs
// ("£2.70/mo"); rows are wattages. A tip gives the tariff as a bare "0.28" (not labelled) and as "28p/kWh".
const tariffs = ['£0.15/kWh', '£0.25/kWh', '£0.35/kWh'];
const row = (power: string, kwh: string, costs: string[]) => [
  { text: power, header: 'Power', row: power },
  { text: kwh, header: 'kWh/day', row: power },
  ...costs.map((text, i) => ({ text, header: tariffs[i], row: power })),
];

export const cases: RealCase[] = [
  {
    url: 'https://www.thesolomining.co/blog/the-actual-cost-of-home-bitcoin-mining',
    lang: 'en',
    tags: ['table', 'format'],
    blocks: [
      'Electricity is billed in kWh (kilowatt-hours). That’s the amount of energy used when you run 1,000 watts for one hour. So a 25W miner uses 0.025 kWh per hour — and your cost depends on your £/kWh rate.',
      'Electricity cost is just watts, time, and your price per kWh:',
      'Daily cost = (Watts ÷ 1000) × Hours per day × Price per kWh',
      'Monthly cost ≈ Daily cost × 30',
      'UK tip: Enter your unit rate as pounds, e.g. 0.28 for 28p/kWh.',
      'Electricity-only examples at three common power levels.',
      'Power',
      'kWh/day',
      ...tariffs,
      ...row('25W', '0.60', ['£2.70/mo', '£4.50/mo', '£6.30/mo']),
      ...row('90W', '2.16', ['£9.72/mo', '£16.20/mo', '£22.68/mo']),
      ...row('140W', '3.36', ['£15.12/mo', '£25.20/mo', '£35.28/mo']),
    ],
    expect: [
      o('28p/kWh', 0.28, 'GBP'),
      o('£0.15/kWh', 0.15, 'GBP'),
      o('£0.25/kWh', 0.25, 'GBP'),
      o('£0.35/kWh', 0.35, 'GBP'),
      o('£2.70/mo', 2.7, 'GBP'),
      o('£4.50/mo', 4.5, 'GBP'),
      o('£6.30/mo', 6.3, 'GBP'),
      o('£9.72/mo', 9.72, 'GBP'),
      o('£16.20/mo', 16.2, 'GBP'),
      o('£22.68/mo', 22.68, 'GBP'),
      o('£15.12/mo', 15.12, 'GBP'),
      o('£25.20/mo', 25.2, 'GBP'),
      o('£35.28/mo', 35.28, 'GBP'),
    ],
  },
];

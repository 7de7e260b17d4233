import { o, p, type RealCase } from '../labels';

const rig = (model: string, price: string, hash: string, power: string) => [
  { text: model, header: 'Miner Model', row: model },
  { text: price, header: 'Price', row: model },
  { text: hash, header: 'Hashrate', row: model },
  { text: power, header: 'Power Consumption', row: model },
];

const tier = (name: string, price: string, regions: string) => [
  { text: name, header: 'Cost Tier', row: name },
  { text: price, header: 'Price/kWh', row: name },
  { text: regions, header: 'Example Regions', row: name },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.mlmrehab.com/3823.html',
    lang: 'en',
    tags: ['table', 'cost', 'prose', 'label-value'],
    title: 'Is Bitcoin Mining Still Profitable in 2025?',
    blocks: [
      {
        text: "With Bitcoin's price swinging around $80,000 in 2025 and difficulty at record highs, many ask whether Bitcoin mining still pays. Here we go through the costs, revenue and market forces behind mining profits today.",
        heading: 'Introduction',
      },
      {
        text: 'Modern mining needs ASIC rigs—these are the current market leaders:',
        heading: '1. Hardware Investment',
      },
      ...rig('SEALMINER A2 Hydro', '$6,690', '446 TH/s', '3,200W'),
      ...rig('WhatsMiner M66S+', '$6,232', '318 TH/s', '3,500W'),
      ...rig('Antminer S21 XP', '$5,802', '270 TH/s', '3,645W'),
      ...rig('Avalon Miner A15Pro', '$4,534', '218 TH/s', '3,150W'),
      'Note: Hardware depreciates over 3-5 years.',
      { text: 'Power prices differ hugely from region to region:', heading: '2. Electricity Expenses' },
      ...tier('Low', '$0.01-$0.05', 'Ethiopia, Kyrgyzstan'),
      ...tier('Medium', '$0.06-$0.08', 'Kazakhstan, Vietnam'),
      ...tier('High', '$0.08+', 'Japan, Western Europe'),
      'Example: Antminer S21 XP at $0.05/kWh costs ~$4.37 daily.',
      '- Hosting fees: $1.50-$3.50 per TH/month for colocation',
      {
        text: '- Total: 0.00017374 BTC/day ($14.42 at $83,000/BTC)',
        heading: 'Daily Profit Calculation (Example)',
      },
      '- Electricity: $4.80/day ($0.05/kWh)',
      '- Pool fee (2%): $0.29',
      '- Net profit: $9.33/day',
      { text: '$7,500', header: 'Cost', row: 'ASIC Miner' },
      { text: '$1,000', header: 'Cost', row: 'Infrastructure' },
      { text: '$8,500', header: 'Cost', row: 'Total' },
      '- Break-even: ~30 months at $279.95/month net profit',
    ],
    expect: [
      p('$80,000', 80000),
      o('$6,690', 6690),
      o('$6,232', 6232),
      o('$5,802', 5802),
      o('$4,534', 4534),
      o('$0.01', 0.01),
      o('$0.05', 0.05),
      o('$0.06', 0.06),
      o('$0.08', 0.08),
      o('$0.08', 0.08),
      o('$0.05/kWh', 0.05),
      o('$4.37', 4.37),
      o('$1.50', 1.5),
      o('$3.50 per TH/month', 3.5),
      o('$14.42', 14.42),
      p('$83,000/BTC', 83000),
      o('$4.80/day', 4.8),
      o('$0.05/kWh', 0.05),
      o('$0.29', 0.29),
      o('$9.33/day', 9.33),
      o('$7,500', 7500),
      o('$1,000', 1000),
      o('$8,500', 8500),
      o('$279.95/month', 279.95),
    ],
  },
];

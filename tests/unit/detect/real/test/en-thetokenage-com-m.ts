import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.thetokenage.com/2025/11/why-electricity-costs-determine-80-of.html',
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title: 'Why Electricity Costs Determine 80% of Mining Profitability',
    blocks: [
      'The cheaper your power per kilowatt-hour (kWh), the fatter your margin. A gap of just $0.02/kWh can decide whether a miner earns steadily or loses money.',
      'Power Cost Profit per Day (Antminer S19 Pro @ 110 TH/s, BTC $65K)',
      {
        text: '$0.03/kWh +$11.50',
        heading: 'Power Cost Profit per Day (Antminer S19 Pro @ 110 TH/s, BTC $65K)',
      },
      {
        text: '$0.06/kWh +$8.00',
        heading: 'Power Cost Profit per Day (Antminer S19 Pro @ 110 TH/s, BTC $65K)',
      },
      {
        text: '$0.12/kWh −$0.50 (Loss)',
        heading: 'Power Cost Profit per Day (Antminer S19 Pro @ 110 TH/s, BTC $65K)',
      },
      'A miner on $0.03/kWh can be 5× as profitable as one on $0.12/kWh with the same machines.',
    ],
    expect: [
      o('$0.02/kWh', 0.02),
      p('$65K', 65000),
      o('$0.03/kWh', 0.03),
      o('+$11.50', 11.5),
      o('$0.06/kWh', 0.06),
      o('+$8.00', 8),
      o('$0.12/kWh', 0.12),
      o('−$0.50', -0.5),
      o('$0.03/kWh', 0.03),
      o('$0.12/kWh', 0.12),
    ],
  },
];

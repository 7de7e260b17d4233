import { o, p, type RealCase } from '../labels';

// Hosting provider's explainer: break-even and tariff figures per kWh, daily/monthly running costs, and one
// BTC price assumption ("$100,000 BTC").
export const cases: RealCase[] = [
  {
    url: 'https://lmc-mining.vercel.app/university/bitcoin-mining-electricity-costs',
    lang: 'en',
    tags: ['prose', 'label-value', 'format'],
    blocks: [
      'Electricity is the largest operating cost in Bitcoin mining',
      'Current-gen hardware (15-17 J/TH) requires power at $0.07/kWh or below to mine profitably',
      'Residential electricity ($0.15-0.25/kWh) is 2-3x too expensive for profitable mining on standard hardware',
      'Commercial hosting facilities achieve $0.05-0.08/kWh through industrial power contracts and scale',
      {
        text: 'Why Electricity Is the Core Variable in Mining Economics',
        heading: 'Why Electricity Is the Core Variable in Mining Economics',
      },
      {
        text: 'At a given efficiency and BTC price, there is a breakeven electricity cost above which mining becomes unprofitable. For the Antminer S21 Pro at 15 J/TH and $100,000 BTC, that breakeven is approximately $0.09/kWh (electricity cost only, before hosting and pool fees). At $0.07/kWh, you have $0.02/kWh of margin. At residential rates of $0.16/kWh, you lose money on every kilowatt-hour.',
        heading: 'Why Electricity Is the Core Variable in Mining Economics',
      },
      { text: 'Calculating Your Daily Electricity Cost', heading: 'Calculating Your Daily Electricity Cost' },
      {
        text: 'The formula is simple: Daily electricity cost = (Miner power in watts / 1000) × 24 × electricity rate ($/kWh).',
        heading: 'Calculating Your Daily Electricity Cost',
      },
      {
        text: 'For an Antminer S21 Pro at 3,510W and $0.07/kWh: (3510 / 1000) × 24 × 0.07 = $5.90/day = $177/month electricity only.',
        heading: 'Calculating Your Daily Electricity Cost',
      },
    ],
    expect: [
      o('$0.07/kWh', 0.07),
      o('$0.15', 0.15),
      o('0.25/kWh', 0.25),
      o('$0.05', 0.05),
      o('0.08/kWh', 0.08),
      p('$100,000', 100000),
      o('$0.09/kWh', 0.09),
      o('$0.07/kWh', 0.07),
      o('$0.02/kWh', 0.02),
      o('$0.16/kWh', 0.16),
      o('$0.07/kWh', 0.07),
      o('$5.90/day', 5.9),
      o('$177/month', 177),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Calculator form: field hints with a default BTC price, per-kWh electricity rates and hardware prices
// (ranges with the sign on the first end only).
export const cases: RealCase[] = [
  {
    url: 'https://calcucoin.com/bitcoin-mining-calculator',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Bitcoin Mining Calculator',
    blocks: [
      'Calculate Bitcoin mining profitability based on hashrate, power consumption, and electricity costs.',
      "Your miner's hashrate in terahashes per second",
      'Power consumption of your mining hardware',
      'Cost of electricity per kilowatt-hour',
      'Mining pool fee percentage',
      'Initial cost of mining hardware',
      'Current Bitcoin price (defaults to $65,000)',
      'Individual miners join pools to combine hashrate and share rewards proportionally. Pools charge 0.5-2% fees but provide steady, predictable income versus solo mining’s lottery-like payouts.',
      'The primary operational expense. Mining is profitable only when revenue exceeds power costs. Successful miners secure electricity rates under $0.08/kWh, ideally under $0.05/kWh.',
      'Cost per kilowatt-hour ($/kWh). Check your utility bill. Industrial rates are typically $0.03-0.15/kWh.',
      'Initial investment in mining equipment. Used to calculate break-even period. New ASICs: $2,000-10,000.',
      'Current Bitcoin price. Defaults to $65,000 if not specified. Check live prices before relying on the estimate.',
    ],
    expect: [
      p('$65,000', 65000),
      o('$0.08/kWh', 0.08),
      o('$0.05/kWh', 0.05),
      o('$0.03', 0.03),
      o('0.15/kWh', 0.15),
      o('$2,000', 2000),
      o('10,000', 10000),
      p('$65,000', 65000),
    ],
  },
];

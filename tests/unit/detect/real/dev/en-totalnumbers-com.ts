// Mining-profitability calculator page: a worked example where the BTC price input ($65,000) is p, while daily
// revenue, the per-kWh rate and the daily electricity bill are o.
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://totalnumbers.com/calculators/bitcoin-mining-profitability-calculator',
    lang: 'en',
    tags: ['widget', 'label-value'],
    title: 'Bitcoin Mining Profitability Calculator',
    blocks: [
      {
        text: 'The calculator multiplies expected BTC mined per day by the BTC price you enter, then subtracts electricity, pool fee and maintenance costs before estimating break-even and ROI.',
        heading: 'How This Calculator Works',
      },
      {
        text: 'Daily profit = BTC per day x BTC price - daily electricity cost - pool fee - daily maintenance. Break-even days = hardware cost / daily profit.',
        heading: 'Formula',
      },
      {
        text: '0.00012 BTC/day at $65,000 gives $7.80 daily revenue. A 3,250 W miner at $0.12/kWh uses $9.36 of electricity per day before pool and maintenance costs.',
        heading: 'Example Calculation',
      },
    ],
    expect: [p('$65,000', 65000), o('$7.80', 7.8), o('$0.12', 0.12), o('$9.36', 9.36)],
  },
];

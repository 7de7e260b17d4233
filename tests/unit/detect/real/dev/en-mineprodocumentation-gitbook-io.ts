import { o, type RealCase } from '../labels';

// A project's documentation page: the dollar value of a machine's monthly output (a fraction of a coin)
// and a monthly loss with a minus sign.
export const cases: RealCase[] = [
  {
    url: 'https://mineprodocumentation.gitbook.io/minepro-documentation/the-problem/power-cost',
    lang: 'en',
    tags: ['cost', 'format', 'anaphora'],
    title: 'Power cost',
    blocks: [
      'Power cost',
      'Anyone who understands Bitcoin mining knows that one variable almost alone decides the profitability of a mining operation: power cost. In 2024, most retail mining operations are barely breaking even.',
      'At current rates, one Bitmain Antminer S21 200TH machine produces 0.00466211 BTC per month (equal to $283.27 USD as of 6th of August, 2024).',
      'This Bitcoin yielded by the machine each month is yours. In your wallet, to spend.',
      'POWER COST.',
      'One Bitmain Antminer S21 200TH machine running at a power cost of 15.45 cents per KWH (US average) produces a loss of -$105.77 per month. (Confirmed by https://www.nicehash.com/)',
    ],
    expect: [o('$283.27 USD', 283.27), o('15.45 cents'), o('-$105.77', -105.77)],
  },
];

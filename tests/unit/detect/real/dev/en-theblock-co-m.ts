import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.theblock.co/post/295005/jpmorgan-revises-bitcoin-production-cost-estimate-to-45000',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan revises bitcoin production cost estimate to $45,000',
    blocks: [
      'JPMorgan revises bitcoin production cost estimate to $45,000',
      'JPMorgan has lifted its central estimate of bitcoin production cost to $45,000 from the $42,000 it projected earlier, as mining hashrate shifts.',
      '"Current hashrate and power use put our central estimate of the production cost near $45,000, i.e., well under current prices" of about $65,000, the analysts wrote.',
      'Back in February the analysts put the cost of producing one bitcoin at $42,000. They therefore also set $42,000 as bitcoin’s price target once the halving euphoria fades after April.',
    ],
    expect: [
      c('$45,000', 45000),
      c('$45,000', 45000),
      c('$42,000', 42000),
      c('$45,000', 45000),
      p('$65,000', 65000),
      c('$42,000', 42000),
      p('$42,000', 42000),
    ],
  },
];

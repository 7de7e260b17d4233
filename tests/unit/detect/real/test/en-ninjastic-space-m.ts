import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://beta.ninjastic.space/post/53841854',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title: 'The upcoming Halving Bitcoin will double the cost of mining',
    blocks: [
      'The upcoming Halving Bitcoin will double the cost of mining, causing the price to skyrocket to $ 90,000 or higher',
      'For anyone running high-speed machines to mine BTC, the halving means paying twice as much.',
      'The average cost to mine a Bitcoin could climb to $ 12,525 after the halving expected in May, twice the current average of $ 6,851.',
    ],
    expect: [p('$ 90,000', 90000), c('$ 12,525', 12525), c('$ 6,851', 6851)],
  },
];

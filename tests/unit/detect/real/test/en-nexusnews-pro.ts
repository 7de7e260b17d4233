import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nexusnews.pro/bitcoin-plunges-to-20-below-production-cost-amid-mining-woes',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Bitcoin plunges to 20% below production cost amid mining woes',
    blocks: [
      'Bitcoin has hit a new low, trading near $70,000 on February 5 – roughly 20% under its estimated production cost of around $87,000 per coin, the weakest miner profitability in 14 months.',
      'Key factors behind the decline include:',
      '3. **Collapse of miner revenue**: Daily Bitcoin mining revenue dropped from $45 million to $28 million in late January, on falling prices and winter storms that forced operators to cut production.',
    ],
    expect: [p('$70,000', 70000), c('$87,000', 87000), o('$45 million', 45e6), o('$28 million', 28e6)],
  },
];

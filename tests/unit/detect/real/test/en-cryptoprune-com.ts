import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptoprune.com/?p=14228',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'According to the hashrate index, the hashprice, a key metric used to measure miners’ revenue, is currently hovering near its five-year low.',
      'Currently, Hashpris sits at a pH of $44.00, slightly above the low in August 2024. Currently, Bitcoin trades around $84,000.',
      'But that’s not all bad. At a PH/s level of around $44.00, depending on the type of mining machine used by miners, miners could still be break-even.',
    ],
    expect: [o('$44.00', 44), p('$84,000', 84000), o('$44.00', 44)],
  },
];

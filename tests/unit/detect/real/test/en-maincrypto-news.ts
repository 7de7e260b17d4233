import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://maincrypto.news/news/bitcoin-miners-could-face-crisis-after-btc-price-falls-50-from-peak/53721',
    lang: 'en',
    tags: ['prose', 'cost', 'change'],
    title: 'Bitcoin Miners Could Face Crisis After BTC Price Falls 50% From Peak',
    blocks: [
      'Bitcoin Miners Could Face Crisis After BTC Price Falls 50% From Peak',
      'Bitcoin has lost half its value since October, sliding below $63,000, a level near or under what some miners pay to produce a coin. Estimates of the average cost to mine a Bitcoin run from $70,000 to $80,000, depending on power rates, hardware and scale.',
      'Listed miners usually do better: the current median is $60,000, with costs from $39,208 for efficient firms such as Iris Energy to more than $106,000 for NYDIG.',
      'The plunge of more than 25% in a week has set off over $2 billion in crypto derivatives liquidations, more than half of it in Bitcoin contracts.',
    ],
    expect: [
      p('$63,000', 63000),
      c('$70,000', 70000),
      c('$80,000', 80000),
      c('$60,000', 60000),
      c('$39,208', 39208),
      c('$106,000', 106000),
      o('$2 billion', 2e9),
    ],
  },
];

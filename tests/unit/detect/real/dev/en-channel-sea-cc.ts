import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.channel-sea.cc/miner-behavior-suggests-bitcoin-price-will-top-15000-post-halving-micky/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'Miner behavior suggests Bitcoin price will top $15,000 post halving',
    blocks: [
      'The cost of mining Bitcoin will climb to $12,000 to $15,000 after the halving. What does that mean for the price?',
      'The higher $15,000 figure assumes the hash rate keeps rising and commercial operators move 30% of their rigs to Bitmain’s efficient S17+ once it ships in March.',
      'If the hash rate stays flat and spending on new gear slows, the breakeven cost is more likely to be $12,525.',
      'Some will question the report’s assumption of electricity at 6 cents per kilowatt hour, above the 2 cents an hour some large miners say they pay.',
      'It currently costs $6851 to mine a Bitcoin.',
    ],
    expect: [
      c('$12,000', 12000),
      c('$15,000', 15000),
      c('$15,000', 15000),
      c('$12,525', 12525),
      o('6 cents', 0.06),
      o('2 cents', 0.02),
      c('$6851', 6851),
    ],
  },
  {
    url: 'https://channel-sea.cc/?p=28031',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin premium in Nigeria after ban, Feb 2021',
    blocks: [
      'Bitcoin has been trading at more than $72,000 in Nigeria, one of Africa’s richest countries with a GDP of $400 billion, far above the global price of bitcoin…',
    ],
    expect: [p('$72,000', 72000), o('$400 billion', 400e9)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.daily8.com/en/article/bd8bfcf9411d37a86cee9b48aec97bbd',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin hits record high, surpasses R2 million',
    blocks: [
      'Bitcoin hits record high, surpasses R2 million',
      'Bitcoin (BTC) set a new all-time high of $111,534 (R2,010,914) on Thursday.',
      'On 11 March 2025, Bitcoin traded around $109,000 (R1,743,420) on Luno.',
      'De Wit noted that on 22 May 2010 developer Laszlo Hanyecz paid 10,000 Bitcoin for two pizzas, a deal worth more than $1.1 billion at today’s prices.',
      '‘The new high comes as the global crypto market cap reached about $3.48 trillion, up 2.32% in 24 hours.’ Bitcoin ETFs recorded more than $607 million of inflows after the new peak.',
    ],
    expect: [
      p('R2 million', 2e6, 'ZAR'),
      p('$111,534', 111534),
      p('R2,010,914', 2010914, 'ZAR'),
      p('$109,000', 109000),
      p('R1,743,420', 1743420, 'ZAR'),
      o('$1.1 billion', 1.1e9),
      o('$3.48 trillion', 3.48e12),
      o('$607 million', 607e6),
    ],
  },
];

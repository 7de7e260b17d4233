import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://feeds.news/riot-platforms-q2-losses-widen-to-84-4m-buys-more-bitfarms-shares-137542.html',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'ARTICLE AD\nThe Bitcoin halving event and increased network difficulty led to a rise in the average direct cost to mine Bitcoin, which increased to $25,327 from $5,734 per Bitcoin in the second quarter of 2023.',
      'The US-based Bitcoin miner Riot Platforms (NASDAQ: RIOT) reported its Q2 numbers with the net losses widening to $84.4 million. The development comes as top Bitcoin mining firms faced the heat of the Bitcoin halving in April that reduced the miner rewards to half while increasing the mining costs. The loss per share was $0.32, twice the estimate of $0.16 per share.',
      'The company reported $13.9 million in power credits for the quarter, including $4.4 million from demand response programs, which helped lower its average energy cost.',
    ],
    expect: [
      c('$25,327', 25327),
      c('$5,734', 5734),
      o('$84.4 million', 84400000),
      o('$0.32', 0.32),
      o('$0.16', 0.16),
      o('$13.9 million', 13900000),
      o('$4.4 million', 4400000),
    ],
  },
];

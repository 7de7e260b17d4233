import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptogainn.com/bitcoin-miner-bitfarms-posts-142m-loss-in-q2-as-rising-energy-prices-bite-decrypt',
    lang: 'en',
    tags: ['prose', 'format', 'change'],
    title: 'Bitcoin Miner Bitfarms Posts $142M Loss in Q2 as Rising Energy Prices Bite',
    blocks: [
      'Bitcoin Miner Bitfarms Posts $142M Loss in Q2 as Rising Energy Prices Bite',
      'Listed Bitcoin miner Bitfarms booked a $142 million net loss in the second quarter, the company said today.',
      'During the quarter the Quebec-based firm sold 3,357 Bitcoin for $69.3 million, partly to pay down a loan from Mike Novogratz’s Galaxy Digital. At the end of June it held 3,144 BTC worth roughly $62 million, according to its SEC filing.',
      'Revenue rose from the same quarter a year earlier, $42 million against $37 million, as the company grew its hash rate. But that was offset by the fall in Bitcoin prices, which slid from $45,868.95 at the start of the second quarter to $19,269.37 by June 30—a 58% drop, according to CoinMarketCap.',
    ],
    expect: [
      o('$142M', 142e6),
      o('$142 million', 142e6),
      o('$69.3 million', 69.3e6),
      o('$62 million', 62e6),
      o('$42 million', 42e6),
      o('$37 million', 37e6),
      p('$45,868.95', 45868.95),
      p('$19,269.37', 19269.37),
    ],
  },
];

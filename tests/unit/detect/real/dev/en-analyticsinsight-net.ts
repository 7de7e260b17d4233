import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.analyticsinsight.net/cryptocurrency-analytics-insight/bitcoins-value-evolution-if-10000-btc-could-buy-pizza-what-can-it-buy-now',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin’s Value Evolution: If 10,000 BTC Could Buy Pizza, What Can It Buy Now?',
    blocks: [
      'On May 22, 2010, programmer Laszlo Hanyecz bought two pizzas for 10,000 Bitcoins. Those coins were then valued at just $41. Today they are worth over $1 billion.',
      'Seen as "then vs now": in 2010, 10,000 BTC bought two pizzas worth around $41. On May 22, 2025, at 5.47 PM, 10,000 BTC at $110,872 each is $1.1 billion.',
    ],
    expect: [
      o('$41', 41),
      o('$1 billion', 1e9),
      o('$41', 41),
      p('$110,872', 110872),
      o('$1.1 billion', 1.1e9),
    ],
  },
];

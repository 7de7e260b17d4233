import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://btc-news.online/bitcoin-pizza-day-15-years-later-heres-how-much-those-pies-are-worth-now',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Pizza Day 15 years later: here’s how much those pies are worth now',
    blocks: [
      'Bitcoin has set another all-time high on the 15th anniversary of Bitcoin Pizza Day, when American Laszlo Hanyecz famously paid 10,000 BTC for two pizzas in 2010.',
      'Back then the leading cryptocurrency was worth next to nothing: the asset traded from $0.001 up to a high of $0.29 by the end of the year, on only a handful of niche exchanges.',
      'Fifteen years on, BTC hit a new high of $111,770 on Thursday afternoon, CoinGecko data show. At that price 10,000 BTC is worth over $1.1 billion, or 2,726,000,000% more than the $41 paid for the two Papa John’s pies.',
    ],
    expect: [
      p('$0.001', 0.001),
      p('$0.29', 0.29),
      p('$111,770', 111770),
      o('$1.1 billion', 1.1e9),
      o('$41', 41),
    ],
  },
];

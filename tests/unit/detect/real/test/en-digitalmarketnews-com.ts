import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://digitalmarketnews.com/bitcoin-etfs-have-lost-over-2-4-billion-this-week-alone',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin ETFs Have Lost Over $2.4 Billion This Week Alone',
    blocks: [
      'On Wednesday spot Bitcoin exchange-traded funds saw an outflow of $759 million, the second-largest daily withdrawal in nearly 14 months, as investors kept away from riskier assets and the underlying coin fell.',
      'That came after a record day on which spot Bitcoin funds lost $1.1 billion, according to Farside Investors. The ETFs have shed more than $2.4 billion this week.',
      'The $1.4 billion hack of the Bybit exchange, the largest ever, has added to investor unease.',
      'Bitcoin is trading below $84,000, roughly flat over 24 hours but about 17% lower than in late January, CoinGecko data show. The largest cryptocurrency by market capitalization is at levels last seen in November 2024, and some experts think BTC could drop to $70,000.',
      'The 11 ETFs now trading manage over $90 billion in assets. Spot Ethereum funds manage over $8 billion.',
    ],
    expect: [
      o('$759 million', 759e6),
      o('$1.1 billion', 1.1e9),
      o('$2.4 billion', 2.4e9),
      o('$1.4 billion', 1.4e9),
      p('$84,000', 84000),
      p('$70,000', 70000),
      o('$90 billion', 90e9),
      o('$8 billion', 8e9),
    ],
  },
  {
    url: 'https://www.digitalmarketnews.com/bitcoin-premium-goes-up-to-60-nigeria/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin Prices In Nigeria Is Increasing Exponentially',
    blocks: [
      'Bitcoin prices in Nigeria have surged, rising by a staggering 60% after the government restricted ATM cash withdrawals, even though the market price is hovering around $38,792 per coin.',
      'The central bank (CBN) capped ATM cash withdrawals at roughly 50 dollars a person. Heavy demand has pushed the premium on the crypto coin to 60%, which means it could climb to $86k for each coin.',
    ],
    expect: [p('$38,792', 38792), o('50 dollars', 50), p('$86k', 86000)],
  },
];

import { o, p, type RealCase } from '../labels';

// Scraped copy of a Motley Fool piece: "$100" invested repeatedly, per-token prices, market totals.
export const cases: RealCase[] = [
  {
    url: 'https://simcoefishingadventures.com/article/if-you-invested-100-in-bitcoin-in-july-2010-here-s-how-much-you-d-have-now-the-motley-fool/3724',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: "If You Invested $100 in Bitcoin in July 2010, Here's How Much You'd Have Now | The Motley Fool",
    blocks: [
      'Since the coronavirus pandemic trough for equities in March 2020, the broad-based S&P 500 has returned a little over 100%. Meanwhile, the total value of all cryptocurrencies has jumped almost 20-fold, from $141 billion to $2.8 trillion, as of Nov. 12, 2021.',
      "Here's how much $100 invested in Bitcoin on its debut day is worth now",
      'But potentially lost in this mix is how insane the returns have been for cryptocurrency blue chip Bitcoin (BTC 0.20%).',
      "Bitcoin first made its debut for trading at the beginning of July 2010 at a price of $0.0008 per token. That's just eight-hundredths of a penny. Assuming no transaction fees, a $100 investment on its debut day could have purchased 125,000 Bitcoin.",
      'As of late evening on Nov. 12, at the time of this writing, Bitcoin was going for $63,712.34 per token. An initial $100 investment held for a tad over 11 years and four months has gained almost 8,000,000,000% and would now be worth $7,964,042,400.',
    ],
    expect: [
      o('$141 billion', 141e9),
      o('$2.8 trillion', 2.8e12),
      o('$100', 100),
      p('$0.0008 per token', 0.0008),
      o('$100', 100),
      p('$63,712.34 per token', 63712.34),
      o('$100', 100),
      o('$7,964,042,400', 7964042400),
    ],
  },
];

import { p, type RealCase } from '../labels';

// Entertainment-site news: after the first sentence the coin is "the currency", "the marquee Cryptocurrency", "the price".
export const cases: RealCase[] = [
  {
    url: 'https://www.hotnewhiphop.com/bitcoin-reaches-new-all-time-high-above-s60k-news.128313.html',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Reaches New All-Time High Above $60K',
    blocks: [
      'It has been over 10 years since Bitcoin was created and some are still skeptical of its value. Back in 2013, crypto enthusiasts urged their friends to invest in the currency when it only cost $100 per coin. In that bull run it went up to $1,000 before coming back down. In 2017, the currency shot past its former all-time high to reach $19,600. After a low of $3,000 in March of 2020, many thought it was over.',
      'Since the halving in May 2020 the price has skyrocketed, and today it reached a new all-time high of $60,000; at the time of writing the marquee cryptocurrency is holding that price.',
      'It had reached a high of $58,000 in February before a correction took the price all the way down to $43,000.',
      'Some enthusiasts believe the price is going all the way to $500,000 while others have more conservative estimates of $100,000. Either way, $60K might just be the beginning.',
    ],
    expect: [
      p('$100 per coin', 100),
      p('$1,000', 1000),
      p('$19,600', 19600),
      p('$3,000', 3000),
      p('$60,000', 60000),
      p('$58,000', 58000),
      p('$43,000', 43000),
      p('$500,000', 500000),
      p('$100,000', 100000),
      p('$60K', 60000),
    ],
  },
];

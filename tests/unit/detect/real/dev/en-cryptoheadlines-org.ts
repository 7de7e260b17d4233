import { o, p, type RealCase } from '../labels';

// An ether sell-off newsflash: every dollar level is ETH's, except the one bitcoin peak quoted in passing
// while explaining the ETH/BTC ratio.
const url = 'https://cryptoheadlines.org/newsflash-ethereum-price-falls-below-300-pummeled-to-9-month-low';
const title = 'Newsflash: Ethereum Price Falls Below $300, Pummeled to 9-Month Low';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Newsflash: Ethereum Price Falls Below $300, Pummeled to 9-Month Low',
      'A sell-off sent the ethereum price plunging below $300 on Monday, forcing the second-largest cryptocurrency to its lowest mark in more than nine months. Ethereum had traded as high as $323 earlier in the day.',
    ],
    expect: [o('$300', 300), o('$300', 300), o('$323', 323)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'At 15:43, ETH closed just pennies above $300, and less than one minute later it fell below that mark on Bitfinex for the first time since Nov. 12. As of 16:45 UTC, the ethereum price had dropped to $293.',
    ],
    expect: [o('$300', 300), o('$293', 293)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Just six months ago, ETH was valued at just under 0.1 BTC. Now, it’s priced at less than half that mark.',
      'At a present value of 0.047, ETH/BTC is now trading at levels not seen since mid-December, when the bitcoin price went parabolic and briefly peaked at $19,891 on Bitfinex.',
    ],
    expect: [p('$19,891', 19891)],
  },
];

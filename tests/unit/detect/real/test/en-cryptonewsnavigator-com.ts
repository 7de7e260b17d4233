import { o, p, type RealCase } from '../labels';

// The page text carries stray footnote digits ("2% 0", "support 1") glued into sentences.
export const cases: RealCase[] = [
  {
    url: 'https://www.cryptonewsnavigator.com/news/regulation/bitcoin-btc-teeters-at-112000-will-this-key-support-level-ho-IJbunx89jt74fTbO0mJxme',
    lang: 'en',
    tags: ['format', 'prose'],
    title: 'Bitcoin (BTC) teeters at $112,000: will this key support level hold?',
    blocks: [
      'Wednesday was mostly an up-day for Bitcoin, yet it only gained the alpha cryptocurrency 2% 0 has dawned and the $BTC price has given back those gains and teeters on the edge of losing the key $112,000 horizontal support 1 the price drop again?',
      'Between $18 billion to $23 billion in Bitcoin and Ethereum contracts will 5 upcoming expiry is likely to be 4 times the size of last week’s event.',
      'The $BTC max-pain point is at $112,000 down to $107,000, where most options would expire worthless. A further drop, perhaps all the way back to the $108,000 support level, would take the Stochastic RSI to the bottom.',
    ],
    expect: [
      p('$112,000', 112000),
      o('$18 billion', 18e9),
      o('$23 billion', 23e9),
      p('$112,000', 112000),
      p('$107,000', 107000),
      p('$108,000', 108000),
    ],
  },
];

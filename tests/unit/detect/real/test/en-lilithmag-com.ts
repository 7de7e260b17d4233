import { p, type RealCase } from '../labels';

// Lifestyle-site crypto piece: holders' cost basis (an average purchase price per coin, so a price) for
// two cohorts, in a bullet and again in the body, plus the current level.
export const cases: RealCase[] = [
  {
    url: 'https://www.lilithmag.com/bitcoin-rallies-40-profits-for-btc-holders-reach-all-time-high/',
    lang: 'en',
    tags: ['prose', 'label-value'],
    title: 'Bitcoin Rallies 40%, Profits for BTC Holders Reach All-Time High',
    blocks: [
      '• According to Twitter analyst Will Clemente, the cost basis for short-term and long-term BTC holders were $18,900 and $22,300, respectively.',
      'Bitcoin [BTC] has rallied about 40% since the start of the year. Now changing hands around the $23,200 price mark, BTC is back at levels last seen in August 2022.',
      'The cost basis of a BTC holder is the average price paid for the coins they hold. Clemente put it at $18,900 for short-term holders and $22,300 for long-term holders, so in aggregate holders are no longer underwater.',
    ],
    expect: [
      p('$18,900', 18900),
      p('$22,300', 22300),
      p('$23,200', 23200),
      p('$18,900', 18900),
      p('$22,300', 22300),
    ],
  },
];

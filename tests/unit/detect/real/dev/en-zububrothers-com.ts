import { o, p, type RealCase } from '../labels';

// A Benzinga "buy the dip" piece republished on a blog: a $100 stake, its BTC fraction and its value at the
// old high sit next to the coin's spot price and all-time high.
const url =
  'https://zububrothers.com/2022/05/13/heres-how-much-100-invested-in-bitcoin-today-will-be-worth-if-it-hits-all-time-high-again-benzinga/';
const title =
  'Here’s How Much $100 Invested In Bitcoin Today Will Be Worth If It Hits All-Time High Again – Benzinga';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Here’s How Much $100 Invested In Bitcoin Today Will Be Worth If It Hits All-Time High Again – Benzinga',
      'Bitcoin, the most valuable cryptocurrency by market cap, has seen its value fall 21% over the last seven days. The coin is hitting levels that haven’t been seen since July 2021.',
    ],
    expect: [o('$100', 100)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'label-value'],
    title,
    blocks: [
      'Investing $100 in Bitcoin: Bitcoin was regaining 4.5% of its value over 24 hours and trading at $30,343 Friday afternoon.',
      'A $100 investment in the cryptocurrency could purchase 0.003295 BTC.',
    ],
    expect: [o('$100', 100), p('$30,343', 30343), o('$100', 100)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'That $100 investment would turn into $226.66 if Bitcoin returns to its all-time high of $68,789.63 hit in November 2021.',
    ],
    expect: [o('$100', 100), o('$226.66', 226.66), p('$68,789.63', 68789.63)],
  },
];

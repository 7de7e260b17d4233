// Treasury leaderboard story: every dollar figure is a holding value or purchase total in brackets after a BTC count
// ("90,859 BTC ($4.4 billion)"), all o; a "$7.7 market value" with its scale word missing is also o.
import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.protos.com/microstrategy-owns-more-bitcoin-than-every-public-company-combined/',
    lang: 'en',
    tags: ['label-value', 'prose'],
    title: 'MicroStrategy owns more Bitcoin than every other public company combined',
    blocks: [
      'MicroStrategy owns more Bitcoin than every other public company combined',
      'MicroStrategy, the NASDAQ-listed data company run by Bitcoin bull Michael Saylor, has bought another $15 million worth of BTC.',
      'That lifts its Bitcoin treasury to 90,859 BTC ($4.4 billion), a pile it only began building last August. Just last week it spent $1 billion on 19,452 BTC.',
      'MicroStrategy holds more Bitcoin than every other public company combined.',
      'Bitcoin makes up nearly 60% of MicroStrategy’s $7.7 market value',
      'It owns 42,859 BTC ($2.1 billion) more than Tesla; 82,832 BTC ($4 billion) more than Square.',
      'Those companies hold 16,402 BTC ($800 million), 1,175 BTC ($57 million), and 4,813 BTC ($234 million) respectively.',
    ],
    expect: [
      o('$15 million', 15e6),
      o('$4.4 billion', 4.4e9),
      o('$1 billion', 1e9),
      o('$7.7', 7.7),
      o('$2.1 billion', 2.1e9),
      o('$4 billion', 4e9),
      o('$800 million', 800e6),
      o('$57 million', 57e6),
      o('$234 million', 234e6),
    ],
  },
];

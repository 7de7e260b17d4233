// "Best March since 2013" stats post: monthly returns in percent plus month-over-month dollar gains written
// "USD 13,511" / "USD 12,182" that are changes, not levels (o).
import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btc-articles.xyz/2021/04/bitcoin-price-had-its-best-march-since.html',
    lang: 'en',
    tags: ['change', 'prose', 'format'],
    title: 'Bitcoin price had its best March since 2013',
    blocks: [
      'Bitcoin price had its best March since 2013',
      'Key facts:',
      'In March 2021, bitcoin gained almost 30%.',
      'In March 2021 bitcoin (BTC) returned 29.84% for the month, its best March since 2013, when it climbed 172.76%.',
      'Measured not in percent but in dollars, March 2021 was the best month in bitcoin’s history. Between March 1 and March 31 its price rose by USD 13,511, beating the record set in February 2021, a gain of USD 12,182.',
    ],
    expect: [o('USD 13,511', 13511), o('USD 12,182', 12182)],
  },
];

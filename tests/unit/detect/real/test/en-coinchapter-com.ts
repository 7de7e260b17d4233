import { o, p, type RealCase } from '../labels';

// Crypto news on El Salvador buying the dip: the average price paid per coin (a price, "$19,000 pert
// token" with the page's typo) beside purchase totals and a paper loss (negatives).
export const cases: RealCase[] = [
  {
    url: 'https://coinchapter.com/el-salvador-buys-1-5m-bitcoin-during-the-btc-price-crash-president-nayib-bukele-confirms/',
    lang: 'en',
    tags: ['prose', 'label-value'],
    title: 'El Salvador buys $1.5M Bitcoin during the BTC price crash, president Nayib Bukele confirms',
    blocks: [
      'El Salvador buys $1.5M Bitcoin during the BTC price crash, president Nayib Bukele confirms',
      'Amid the falling crypto prices, El Salvador has purchased an additional 80 Bitcoins for $1.5 million',
      'According to President Nayib Bukele, the country purchased them at $19,000 pert token',
      'El Salvaor now has 2,381 Bitcoins and has suffered a loss of over $60 million',
      'As crypto prices keep sliding, El Salvador has bought more Bitcoin (BTC) for $1.5 million, President Nayib Bukele said on Twitter. The country added 80 Bitcoins at an average price of around $19,000 per BTC.',
      'Since making BTC legal tender, Bukele has spent over $100 million on crypto. The previous purchase came last month, when the country picked up 500 BTC on May 9 at an average price of $30,744, a $15 million outlay.',
    ],
    expect: [
      o('$1.5M', 1.5e6),
      o('$1.5 million', 1.5e6),
      p('$19,000', 19000),
      o('$60 million', 60e6),
      o('$1.5 million', 1.5e6),
      p('$19,000', 19000),
      o('$100 million', 100e6),
      p('$30,744', 30744),
      o('$15 million', 15e6),
    ],
  },
];

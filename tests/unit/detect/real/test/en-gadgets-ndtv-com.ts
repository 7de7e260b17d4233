import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gadgets.ndtv.com/internet/news/ether-price-ethereum-cryptocurrency-record-high-rally-usd-3600-investors-bitcoin-2436849',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Ether price hits record high above $3,600',
    blocks: [
      'Ether, the second-largest cryptocurrency after Bitcoin, stretched its breakaway rally on Thursday to a record $3,616.10 (roughly Rs. 2,66,400) as investors looked beyond its main rival.',
      'On Bitstamp, Ether was last up about 4.0 percent at $3,568.92 (roughly Rs. 2,62,900). Bitcoin was 0.3 percent lower at $57,353.03 (roughly Rs. 42,25,000), about 11 percent under its intraday record of $64,895.22 (roughly Rs. 47,80,600) set on April 14.',
      'Ether first went above $3,000 (roughly Rs. 2,21,000) on Monday.',
    ],
    expect: [
      o('$3,616.10', 3616.1),
      o('Rs. 2,66,400', 266400, 'INR'),
      o('$3,568.92', 3568.92),
      o('Rs. 2,62,900', 262900, 'INR'),
      p('$57,353.03', 57353.03),
      p('Rs. 42,25,000', 4225000, 'INR'),
      p('$64,895.22', 64895.22),
      p('Rs. 47,80,600', 4780600, 'INR'),
      o('$3,000', 3000),
      o('Rs. 2,21,000', 221000, 'INR'),
    ],
  },
];

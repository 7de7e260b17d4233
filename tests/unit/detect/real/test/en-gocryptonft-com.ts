import { o, p, type RealCase } from '../labels';

// Crypto aggregator reprinting an Indian business daily: BTC levels and its yearly range (price)
// next to the market total and quotes for ether, dogecoin and a sub-cent Shiba Inu (other).
export const cases: RealCase[] = [
  {
    url: 'https://gocryptonft.com/news/bitcoin-falls-below-34-000-other-crypto/40003',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin falls below $34,000; other crypto also slide',
    blocks: [
      'Bitcoin price today slipped below $34,000 and was trading nearly 2% lower at $33,948. The global crypto market’s value fell over 3% in 24 hours to $1.65 trillion.',
      'Ether also plunged more than 3% to $2,499, dogecoin was almost a per cent lower at $0.12, and Shiba Inu fell over 5% to $0.000018.',
      'Bitcoin has largely traded in a range of $35,000 to $45,000 this year amid rate-hike fears.',
    ],
    expect: [
      p('$34,000', 34000),
      p('$33,948', 33948),
      o('$1.65 trillion', 1.65e12),
      o('$2,499', 2499),
      o('$0.12', 0.12),
      o('$0.000018', 0.000018),
      p('$35,000', 35000),
      p('$45,000', 45000),
    ],
  },
];

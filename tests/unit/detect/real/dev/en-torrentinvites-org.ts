import { p, type RealCase } from '../labels';

// A forum repost of a January 2015 news story: three falling BTC prices in one paragraph, then prose
// about mining costs as a price floor with no amounts.
export const cases: RealCase[] = [
  {
    url: 'http://torrentinvites.org/f24/bitcoin-price-plummets-117145/',
    lang: 'en',
    tags: ['prose', 'forum', 'cost'],
    title: 'Bitcoin price plummets as investors flee the currency',
    blocks: [
      'Bitcoin prices have been taking a beating since the new year, but today the bottom fell out of the market altogether. After opening at $314.59 on Friday, January 2, the currency fell to $267 by Monday, Jan 12. Then, over the past 36 hours, prices fell off a cliff, with the currency now priced at $178.67 at CoinDesk.',
      'The problem for Bitcoin is simple: there are prices at which most mining operations are not possible.',
      'One assumption of that model, however, was that the intrinsic costs of mining BTC would set a consistent price floor.',
    ],
    expect: [p('$314.59', 314.59), p('$267', 267), p('$178.67', 178.67)],
  },
];

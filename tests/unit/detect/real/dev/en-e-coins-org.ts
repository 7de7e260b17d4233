import { o, p, type RealCase } from '../labels';

// A weekly crypto-market wrap led by Ethereum: other coins' prices come first, Bitcoin only at the end
// as "the biggest and oldest asset".
const url =
  'https://e-coins.org/2023/10/13/ethereum-solana-and-xrp-lead-losses-in-rough-week-for-crypto-market';
const title = 'Ethereum, Solana and XRP Lead Losses in Rough Week for Crypto Market';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'The crypto market took a hard hit this week, with Ethereum, the second biggest digital asset, one of the most severely bruised.',
      'Every major coin and token is down significantly over the past seven days but Ethereum (ETH) is trading for $1,543—a drop of over 6% in the past week.',
    ],
    expect: [o('$1,543', 1543)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Of the other top 20 biggest virtual coins and tokens, Toncoin (TON), has been hit the hardest—down over 10% in seven days, trading hands for $1.95.',
    ],
    expect: [o('$1.95', 1.95)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Meanwhile, Ripple (XRP), Polygon (MATIC), and Bitcoin Cash (BCH) are all other major losers, having shed over 8% of their price.',
      'And Bitcoin, the biggest and oldest asset, is down over 4% over the week, trading hands for $26,759.',
    ],
    expect: [p('$26,759', 26759)],
  },
];

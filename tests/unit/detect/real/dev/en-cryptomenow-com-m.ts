import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptomenow.com/coinshares-released-a-19-page-report-on-bitcoin-mining-here-are-the-highlights/',
    lang: 'en',
    tags: ['prose', 'format', 'cost'],
    title: 'CoinShares released a 19 page report on bitcoin mining, here are the highlights',
    blocks: [
      'CoinShares released a 19 page report on bitcoin mining, here are the highlights',
      'The firm says bitcoin miners are probably mining at a loss, though some operations can still turn a profit under the right conditions.',
      'Its conclusion: at prices of $4,000/btc the average miner is either losing money and cannot recoup capital spending, or is paying less for mining gear than the firm assumes.',
    ],
    expect: [p('$4,000/btc', 4000)],
  },
];

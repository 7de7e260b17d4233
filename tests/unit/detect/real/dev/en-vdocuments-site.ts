import { o, type RealCase } from '../labels';

// A PDF transcript of a mining report: miner revenue and fee totals glued to "bn"/"m", lines broken mid-
// sentence as in the extracted text.
export const cases: RealCase[] = [
  {
    url: 'https://vdocuments.site/mining-whitepaper-december-2019-final-coinshares-of-bitcoin-mining-a-but-signiicantly.html',
    lang: 'en',
    tags: ['format', 'prose', 'cost'],
    title: 'mining whitepaper december 2019 final - coinshares · of bitcoin mining — but significantly...',
    blocks: [
      'Trends, Average Creation Costs, Electricity Consumption & Sources DECEMBER 2019 UPDATE CoinShares Research THE BITCOIN MINING NETWORK',
      'miners received $5.5bn in total block rewards, $5.2bn\n(94.8%) of which was newly minted coins, and $284m (5.2%) of which were transaction fees.',
      'At this year’s average bitcoin price, fee ratio, and block\nfrequency, miners are on their way to making $5.4bn\nin total revenue. Total revenues would then be slightly\ndown from 2018, but well up from $3.4bn in 2017. Total fees however, stand to decrease to $171m\nthis year (annualised), down from $284m in 2018 and\n$554m in 2017.',
    ],
    expect: [
      o('$5.5bn', 5.5e9),
      o('$5.2bn', 5.2e9),
      o('$284m', 284e6),
      o('$5.4bn', 5.4e9),
      o('$3.4bn', 3.4e9),
      o('$171m', 171e6),
      o('$284m', 284e6),
      o('$554m', 554e6),
    ],
  },
];

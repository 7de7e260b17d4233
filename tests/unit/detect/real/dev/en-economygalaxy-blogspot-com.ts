import { o, type RealCase } from '../labels';

// A Blogspot repost of a Dec 2022 story on ASIC rig prices: every amount is a price per terahash or a
// per-kWh power rate (all other), one of them in a sentence about "mining one Bitcoin".
export const cases: RealCase[] = [
  {
    url: 'https://economygalaxy.blogspot.com/2022/12/bitcoin-asic-miner-prices-are-hovering.html',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Hashrate Index data show the prices of the most efficient ASIC miners, those producing at least one terahash per 38 joules, have fallen 86.82% from a peak of $119.25 per terahash on May 7, 2021 to $15.71 as of December 25.',
      'Mid-tier machines fared the same, averaging $10.23 after an 89.36% plunge from their all-time high of $96.24 on May 7, 2021.',
      'The least efficient machines, needing more than 68 joules per TH, now sell for $4.72, 91% below their all-time high of $55.',
      'The steep discount has drawn eager buyers. Russian facilities such as BitRiver benefit from cheap power, with some modern hardware able to mine one Bitcoin (BTC) at roughly $0.07 per kilowatt-hour in the energy-rich nation.',
    ],
    expect: [
      o('$119.25', 119.25),
      o('$15.71', 15.71),
      o('$10.23', 10.23),
      o('$96.24', 96.24),
      o('$4.72', 4.72),
      o('$55', 55),
      o('$0.07', 0.07),
    ],
  },
];

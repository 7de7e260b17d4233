import { o, type RealCase } from '../labels';

// A mining-pool blog post: revenue totals and a per-kWh price around an explanation of the "shutdown price".
export const cases: RealCase[] = [
  {
    url: 'https://viabtc.medium.com/viabtc-btc-mining-revenue-in-a-sluggish-market-d3713b146c62?source=post_internal_links---------6----------------------------',
    lang: 'en',
    tags: ['prose', 'cost'],
    title: 'ViaBTC: BTC Mining Revenue in a Sluggish Market',
    blocks: [
      'Mar 11, 2022',
      'According to The Block Research, BTC miners took in $1.06 billion in revenue in February 2022. Block rewards ($1.05 billion) made up most of it, and only a sliver came from transaction fees. Total mining revenue has been trending down for four months in a row, and in such a sluggish market, whether Bitcoin will fall below the shutdown price is a top concern among miners.',
      'What is the shutdown price?',
      'When the mining profit no longer covers the electricity cost, carrying on only brings losses, and miners switch their machines off. The BTC price at that point is called the shutdown price of the mining machines; you can also take it as the cost price of mining.',
      'Daily mining profit = (hashrates*86,400/mining difficulty of the network/2³²) * (block rewards + miner fees)',
      'Shutdown price = electricity price * power consumption * 24 / daily mining profit',
      'Take the WhatsMiner M30S+: its power draw and hashrate are 3,400W and 100 T, according to official figures. Here we assume an electricity price of $0.075 per kilowatt-hour. As of March 10, 2022, the BTC mining difficulty stands at 27.55T and the network hashrate at 191.69 EH/s.',
    ],
    expect: [o('$1.06 billion', 1.06e9), o('$1.05 billion', 1.05e9), o('$0.075', 0.075)],
  },
];

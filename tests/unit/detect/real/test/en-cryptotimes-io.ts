import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptotimes.io/2024/08/13/terawulf-q2-revenue-up-despite-21-dip-in-bitcoin-production',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Bitcoin miner TeraWulf’s second-quarter 2024 earnings report revealed mixed results. The company mined 699 Bitcoin in Q2, marking a 21% decline from the previous year. Despite this drop, TeraWulf posted revenue of $35.6 million, slightly surpassing the forecast of $35.4 million.',
      'However, the firm fell short on earnings, reporting a quarterly loss of $0.03 per share, compared to the anticipated loss of $0.02 per share. A major factor contributing to the disappointing earnings was the sharp rise in mining costs.',
      'TeraWulf saw a staggering 243% increase in the cost to mine Bitcoin year over year, with expenses climbing from $6,688 per Bitcoin in Q2 2023 to $22,954 per Bitcoin in Q2 2024.',
      'TeraWulf’s Chief Strategy Officer, Kerri Langlais, also mentioned that the firm is open to mergers if it could improve profit margins. This follows recent merger talks in the sector, including Riot Platforms’ failed $950 million bid for Bitfarms.',
    ],
    expect: [
      o('$35.6 million', 35600000),
      o('$35.4 million', 35400000),
      o('$0.03', 0.03),
      o('$0.02', 0.02),
      c('$6,688', 6688),
      c('$22,954', 22954),
      o('$950 million', 950000000),
    ],
  },
  {
    url: 'https://cryptotimes.io/2024/03/16/marathon-digital-buys-texas-bitcoin-mine-for-87-3m',
    lang: 'en',
    tags: ['prose'],
    blocks: [
      'On March 15, Marathon Digital Holdings made public their decision to make a deal with Applied Digital to purchase a 200 MW bitcoin mining establishment in Texas for $87.3 million.',
      'Fred Thiel, the CEO of Marathon stated:\n“This transaction increases our influence over our current operations, reduces our cost per coin by approximately 20% at the site, and provides us with an additional 100 megawatts of capacity to expand.”',
      'This news is after an impressive year for Marathon Digital. While in 2023, the company’s revenue hit $387.5 million, it marked a 229% annual growth from Bitcoin price gains and increased Bitcoin outputs of 147%.',
    ],
    expect: [o('$87.3 million', 87300000), o('$387.5 million', 387500000)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.vittaverse.com/crypto/defi/bitfarms-sells-60-of-august-bitcoin-production-ami-rising-network-difficulty',
    lang: 'en',
    tags: ['prose'],
    blocks: [
      'Bitfarms sold over 60% of August Bitcoin production amid rising network difficulty.',
      'In its August 2024 update, the Toronto-based company highlighted the sale as part of its ongoing focus on active treasury management amid the “increase in average network difficulty.”',
      'The sale generated approximately $8.8 million in revenue, contributing to Bitfarms’ liquidity while allowing the company to grow its Bitcoin holdings. Despite the challenging conditions, Bitfarms added 86 BTC to its treasury, bringing the total to 1,103 BTC, valued at approximately $65.1 million as of Aug. 31, 2024.',
    ],
    expect: [o('$8.8 million', 8800000), o('$65.1 million', 65100000)],
  },
];

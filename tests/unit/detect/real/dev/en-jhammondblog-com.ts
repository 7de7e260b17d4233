import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jhammondblog.com/2018/03/23/bitcoin-mining-may-not-be-profitable-for-most-of-us/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin Mining – May not be Profitable for most of Us',
    blocks: [
      'You’ve probably heard the stories of how a friend is “mining” bitcoins and making money. Recent reports have indicated that mining profits are currently less than half what they were in December 2017. So before you invest a few thousand in that mining rig, you might want to look deeper. Of course, the fact that the bitcoin itself is down to about $8,600 today (Coinbase) doesn’t help.',
    ],
    expect: [p('$8,600', 8600)],
  },
];

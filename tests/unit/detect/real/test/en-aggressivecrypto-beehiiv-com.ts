import { p, type RealCase } from '../labels';

// Newsletter opinion post: "$60K"/"$50K"/"$75K" suffix levels and the slogan pair "$1 million" / "$0".
export const cases: RealCase[] = [
  {
    url: 'https://aggressivecrypto.beehiiv.com/p/5-reasons-bitcoin-steal-60k',
    lang: 'en',
    tags: ['prose', 'format'],
    title: '5 Reasons Bitcoin Is A Steal At $60K',
    blocks: [
      '5 Reasons Bitcoin Is A Steal At $60K',
      '“Bitcoin is going to $1 million! Bitcoin is going to $0!” I take every Bitcoin price call with a grain of salt.',
      'Every day I see calls for Bitcoin to drop below $50K or break the all-time high of $75K “soon.” Most of these are meant to shake you out or grab your attention.',
    ],
    expect: [p('$60K', 60000), p('$1 million', 1e6), p('$0', 0), p('$50K', 50000), p('$75K', 75000)],
  },
];

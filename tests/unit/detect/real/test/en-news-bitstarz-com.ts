import { c, type RealCase } from '../labels';

// Casino-blog news post on miners' break-even levels per rig model, before and after the halving:
// every dollar amount is a break-even Bitcoin price, several in sentences that only name the rig.
export const cases: RealCase[] = [
  {
    url: 'https://news.bitstarz.com/break-even-levels-are-why-the-halving-will-be-good-for-bitcoin',
    lang: 'en',
    tags: ['cost', 'anaphora'],
    title: 'Break- Even Levels Are Why the Halving Will Be Good for Bitcoin',
    blocks: [
      {
        text: 'The most profitable rig right now is the Antminer S17, which breaks even at roughly the $3,600 mark, so it stays in profit while Bitcoin trades above $3,600. At the other end, the Antminer S9 breaks even near $7,650.',
        heading: 'It’s All About the Break-Even Levels',
      },
      {
        text: 'Once the block reward is halved, a farm of S17s needs at least $7,200 to break even, and S9 operators need Bitcoin to reach $15,300.',
        heading: 'How Does this Help Predict Prices?',
      },
    ],
    expect: [c('$3,600', 3600), c('$3,600', 3600), c('$7,650', 7650), c('$7,200', 7200), c('$15,300', 15300)],
  },
];

import { o, p, type RealCase } from '../labels';

// A satirical anti-Bitcoin blog post from the 2013 run-up: small early-era levels ($32, $50), a quoted
// $100,000 call, and intraday swings written out as "a dollar" (a change, not a level).
const url = 'http://www.buttcoinfoundation.org/tag/speculation/';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'prose'],
    blocks: [
      'Grab your popcorn, bitcoin approaches $50 in the middle of a runaway expanding bubble and when it pops it’s going to get ugly.',
      'EDIT: It’s crashing now, watch it live here.',
      'In case you missed it, bitcoin blew past its previous high of $32 and is racing toward $50. There is no real reason for the rally of the past week or so, other than Kim Dotcom wanting a bitcoin credit card for his file sharing service and some guy from the Pirate Bay saying he expects Bitcoins to reach $100,000.',
      'Look at this crazy graph that’s totally normal and sane for a stable currency.',
      'Let’s look at the volatility over the past hour as bitcoin reaches its unsustainable peak and tumbles down.',
      'Wild spikes of a dollar or more, this is the currency of the future folks.',
    ],
    expect: [p('$50', 50), p('$32', 32), p('$50', 50), p('$100,000', 100000), o('a dollar', 1)],
  },
];

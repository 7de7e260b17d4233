import { o, type RealCase } from '../labels';

// A first-time buyer's blog post: only sums (banknotes, the amount bought), no price level.
export const cases: RealCase[] = [
  {
    url: 'https://fairquestion.com/2017/09/13/how-i-broke-bitcoin/',
    lang: 'en',
    tags: ['prose'],
    title: 'How I Broke Bitcoin',
    blocks: [
      'Gambling, for me, is about as much fun as folding $20 bills into paper airplanes and setting them on fire. That might be an apt metaphor for my brief dalliance with Bitcoin as well.',
      "I purchased about $100 worth of bitcoin through various mechanisms on Coinbase. The privilege comes with a minimum 1.5% transaction fee; if you use a credit card, it is closer to 5%. If I want to leave it in my Coinbase account, then I'm done.",
    ],
    expect: [o('$20', 20), o('$100', 100)],
  },
];

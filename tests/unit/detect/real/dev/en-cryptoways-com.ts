import { p, type RealCase } from '../labels';

// A reply in a crypto forum: "$7242 US" style amounts, a projection, and a bare "20,000" that readers
// take as a Bitcoin level in dollars.
export const cases: RealCase[] = [
  {
    url: 'https://cryptoways.com/forums/reply/137270/',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'Bitcoin had a small price spike, getting all the way up to a 24-hour high of $7242 US. Right now it is sitting at $7,227.70 US, which is over a 7% gain across the last 7 days. If it kept rising 1 percent a day, in 24 to 25 days it would be at $8619 US.',
      'Sadly, that is an unrealistic rate of increase. Even sadder, I bet some people are already shouting it will be at 20,000 before the end of the month. They did not learn from the last crash, I guess.',
      '(shakes head).',
    ],
    expect: [p('$7242 US', 7242), p('$7,227.70 US', 7227.7), p('$8619 US', 8619), p('20,000', 20000)],
  },
];

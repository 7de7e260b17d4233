import { p, type RealCase } from '../labels';

// Comment thread under the landfill-hard-drive story: one-coin values from posters' own memories.
export const cases: RealCase[] = [
  {
    url: 'https://showeq.com/post/569768',
    lang: 'en',
    tags: ['forum', 'anaphora'],
    blocks: [
      'My favorite part of these articles is that the total value he lost keeps getting updated to reflect the current price of bitcoin.',
      'This will play out like a Black Mirror episode. I’m calling it. The day he finds that drive is the day before bitcoin crashes and is worth $4.35 per coin.',
      'At this point even if he finds the drive I can’t imagine it survived this long in a dump. No reason to throw good money after bad just to find a dead drive.',
      'I was once paid in bitcoin. It was like 1 bitcoin worth about $20. There was nothing to spend it on. I lost track of it. Now that coin would be worth about $100,000. Crazy.',
      'If I had a dollar for every time I heard a story like that I’d have a bitcoin',
    ],
    expect: [p('$4.35 per coin', 4.35), p('$20', 20), p('$100,000', 100000)],
  },
];

import { o, p, type RealCase } from '../labels';

// A personal "accidental HODLer" essay: one per-coin price among many personal sums (what the author
// could have gambled, savings, college funds) and a Ford share price.
const url = 'https://publicnews.us/the-accidental-hodler-coinmonks';
const title = 'The Accidental HODLer - Coinmonks';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'From FOMO to HODL',
      'I also suffered from FOMO, for sure. In late 2016, I first read articles about Bitcoin on Yahoo! Finance on a defunct laptop while reclining in my backyard, when it was trading around $800 per coin.',
    ],
    expect: [p('$800', 800)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Also, I was into speculating and lightly trading stocks back then, and the most I would have gambled on it at that time would likely have been $4,000 for five Bitcoin. Going for ten would have been too rich for my blood. All while trying — and succeeding — to save at least $100k for each of our children’s educations.',
    ],
    expect: [o('$4,000', 4000), o('$100k', 100000)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose'],
    title,
    blocks: [
      'Of course, if hindsight was 20/20, which it never is, I would have gone all-in with the $20,000 or so that I had to my name back then and then HODLed it for years.',
      'A few savvy investors I know cashed out enough of their stock once the price rose significantly. One of my dearly departed work friends did that with his Ford stock as it rose from $1 per share to $10 after he purchased 10,000 shares.',
      'So, had I even cashed out $4,000 of “real money” from my theoretical five Bitcoins once it…',
    ],
    expect: [o('$20,000', 20000), o('$1', 1), o('$10', 10), o('$4,000', 4000)],
  },
];

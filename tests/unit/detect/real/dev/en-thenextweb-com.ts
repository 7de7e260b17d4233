import { o, p, type RealCase } from '../labels';

// A 2017 "time traveler's guide" comparing Bitcoin with tech stocks: coin prices sit next to sums invested,
// holdings and Amazon share prices compared against "a Bitcoin".
const url = 'https://thenextweb.com/finance/2017/09/06/the-time-travelers-guide-to-bitcoin-and-tech-stocks/';
const title = 'The time traveler’s guide to Bitcoin and tech stocks';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'In September of 2016 Bitcoin was selling for $572 a token. One year later that same coin is worth $4,472 at the time of this writing. That’s a substantial return on investment (ROI), and it’s hard to name anything else remotely as lucrative, at least in the short term.',
    ],
    expect: [p('$572', 572), p('$4,472', 4472)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'What if you’d made a $500 investment in Bitcoin before it became such a trendy topic?',
      'Five years ago in December of 2012, at $12 per coin, you could have purchased 41 tokens and had enough change left over for a hamburger and fries. Today those coins would be worth $182,275.',
      'In November 2013 Bitcoin was valued at $1,242, so even if you jumped out when it hit the first peak you’d have made a great ROI.',
    ],
    expect: [o('$500', 500), p('$12', 12), o('$182,275', 182275), p('$1,242', 1242)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Few could have predicted the disruption Amazon would cause when it went public 20 years ago. In 1997, if you bought $500 worth of Amazon stock you’d have $319,000 for your investment now.',
      'That’s over two decades of steel nerves though. It’s worth about $965 per share today, which won’t buy you a quarter of a Bitcoin. And it was $757 a year ago — nearly $200 more than a Bitcoin was then.',
    ],
    expect: [o('$500', 500), o('$319,000', 319000), o('$965', 965), o('$757', 757), o('$200', 200)],
  },
];

import { p, type RealCase } from '../labels';

// Crypto news site's weekly outlook after a Fed rate cut: a weekly close, the resistance it failed
// at, a ladder of supports including a moving-average level, and a Sunday-night low.
export const cases: RealCase[] = [
  {
    url: 'https://buycrypto.news/federal-reserve-rate-cut-fails-to-lift-bitcoin-price-past-118000',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Federal Reserve Rate Cut Fails to Lift Bitcoin Price Past $118,000',
    blocks: [
      {
        text: 'Bitcoin price closed last week at $115,333, failing to break the $118,000 resistance level. The Fed’s 25 basis point cut was not enough to push it past $118,000.',
        heading: 'Bitcoin Price Weekly Outlook',
      },
      {
        text: 'The $111,300 level is being watched as support. Below it, the 21 EMA at $109,500 comes into play, and a close below it could lead to a test of $107,000, with $105,000 the next key support.',
        heading: 'Key Support and Resistance Levels Now',
      },
      'After crashing through $113,800 on Sunday night, the price needs to close back above it. The next resistance is $115,500, which must become support before another attempt at $118,000.',
      {
        text: 'Bitcoin sold off sharply after the weekly close, dropping to $111,800. Bulls need to reclaim $113,800, while bears aim to push the price below $111,300.',
        heading: 'Outlook For This Week',
      },
    ],
    expect: [
      p('$115,333', 115333),
      p('$118,000', 118000),
      p('$118,000', 118000),
      p('$111,300', 111300),
      p('$109,500', 109500),
      p('$107,000', 107000),
      p('$105,000', 105000),
      p('$113,800', 113800),
      p('$115,500', 115500),
      p('$118,000', 118000),
      p('$111,800', 111800),
      p('$113,800', 113800),
      p('$111,300', 111300),
    ],
  },
];

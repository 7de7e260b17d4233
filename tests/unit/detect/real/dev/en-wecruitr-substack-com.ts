import { o, p, type RealCase } from '../labels';

// Newsletter retelling the IronKey story: per-coin range "$2 to $6 each" against totals in millions and billions.
export const cases: RealCase[] = [
  {
    url: 'https://wecruitr.substack.com/p/what-would-you-do-if-you-lost-200',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'What Would You Do If You Lost $200 Million?!',
    blocks: [
      'What Would You Do If You Lost $200 Million?!',
      'Everything involving Bitcoin seems a little over the top. The latest story involves a German-born programmer, Stefan Thomas, who now lives in San Francisco.',
      'Thomas, the former chief technology officer at Ripple Labs, was offered 7,002 Bitcoin, worth roughly $2 to $6 each, for making a cryptocurrency explainer video, reports the New York Times. As the cryptocurrency soared in value, his holding grew to an unbelievable $220 million.',
      'Many other investors are locked out of their Bitcoin the same way. About 18.5 million Bitcoin, roughly 2%, amounting to roughly $140 billion, are believed to be lost.',
    ],
    expect: [
      o('$200 Million', 200e6),
      p('$2', 2),
      p('$6 each', 6),
      o('$220 million', 220e6),
      o('$140 billion', 140e9),
    ],
  },
];

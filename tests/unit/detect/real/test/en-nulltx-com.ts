import { o, p, type RealCase } from '../labels';

// Opinion blog post that ends by asking readers to comment: price targets and the 2013 peak as levels, a weekly
// rise as a change, and "triple digits" as a level with no amount.
export const cases: RealCase[] = [
  {
    url: 'https://nulltx.com/why-bitcoin-will-not-go-to-1000/',
    lang: 'en',
    tags: ['forum', 'prose', 'change'],
    blocks: [
      'Don’t get me wrong, I want Bitcoin to go into the $10,000 but we have to be realistic. What really caused the first bubble in December that took Bitcoin to $1000?',
      'As a disclaimer, what follows is pure speculation. We had quite a run-up: Bitcoin rose over $100 in the last week, but we had quite a dump today, most likely because of the news in the Willy Report.',
      'One reading is that if the first bubble never really happened, the price is inflated and we are not going to the $10,000. The other is that we are still waiting for the true bubble. Comment below: will Bitcoin see another huge bubble, or stay in the triple digits?',
    ],
    expect: [p('$10,000', 10000), p('$1000', 1000), o('$100', 100), p('$10,000', 10000)],
  },
];

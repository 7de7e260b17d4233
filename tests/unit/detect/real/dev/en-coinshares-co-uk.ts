import { c, type RealCase } from '../labels';

// A report landing page: one marginal cost of creation per coin.
export const cases: RealCase[] = [
  {
    url: 'https://coinshares.co.uk/bitcoin-mining-cost/',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'What have you heard about Bitcoin Mining ?',
    blocks: [
      'What have you heard about Bitcoin Mining ?',
      'In this paper we look into the current marginal cost of creation of bitcoin, and the composition, efficiency, electricity use and electricity sources of the Bitcoin mining network.',
      'Among our findings is a market-average marginal cost of creation of $6,400 per bitcoin, as of May 11, under our current assumptions.',
    ],
    expect: [c('$6,400', 6400)],
  },
];

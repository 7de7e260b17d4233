import { o, p, type RealCase } from '../labels';

// Crypto news rewrite on miner capitulation: a BTC quote and a support-range rebound level (price)
// next to miners' daily revenue totals in millions (other).
export const cases: RealCase[] = [
  {
    url: 'https://cloudchainnews.com/cryptocurrency/has-bitcoin-reached-its-bottom',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Has Bitcoin Reached Its Bottom?',
    blocks: [
      'At the time of writing, the price of Bitcoin stands at $60,300, down 2.3% in 24 hours. This level has been significant support since April, and the cryptocurrency has bounced off it three times before returning to $70,000.',
      'Miners’ daily revenues have fallen from $79 million on March 6th to $29 million on July 3rd, leading some to stop mining.',
    ],
    expect: [p('$60,300', 60300), p('$70,000', 70000), o('$79 million', 79e6), o('$29 million', 29e6)],
  },
];

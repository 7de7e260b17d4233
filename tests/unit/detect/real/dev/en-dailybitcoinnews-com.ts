import { c, p, type RealCase } from '../labels';

// A market piece where the headline names the level, the body mostly says "the cryptocurrency", and one
// sentence gives the estimated cost of mining a coin.
export const cases: RealCase[] = [
  {
    url: 'https://dailybitcoinnews.com/bitcoin-fell-50-from-6000-after-this-signal-appeared-and-its-about-to-happen-again/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'cost'],
    title: 'Bitcoin Fell 50% From $6,000 After This Signal Appeared, and It’s About to Happen Again',
    blocks: [
      'Bitcoin Fell 50% From $6,000 After This Signal Appeared, and It’s About to Happen Again',
      'Bitcoin has not done well over the past few days; since the $9,200 peak seen on Saturday, the price of the cryptocurrency has crashed as low as $3,800, a drop of more than 50% from the weekly high.',
      'While many media stories paint Bitcoin mining as a key to easy riches, that is not always so; over the past few months, the cost of mining a single BTC has been estimated at around $8,000, assuming standard electricity prices and the newest publicly available hardware.',
      'This means the Hash Ribbons, an indicator tracking moving averages of the hash rate, is close to printing a “miner capitulation” signal, when miners are forced out en masse because BTC trades below the cost of mining.',
      'As Pysh’s chart shows, the mining capitulation preceded the now-infamous 50% crash from $6,000 to a price just above $3,000 in late-2018.',
      'The last miner capitulation, late last year, was followed by a 20% drop before an eventual recovery that saw Bitcoin rally 50% to $10,500 in just a few months’ time.',
    ],
    expect: [
      p('$6,000', 6000),
      p('$9,200', 9200),
      p('$3,800', 3800),
      c('$8,000', 8000),
      p('$6,000', 6000),
      p('$3,000', 3000),
      p('$10,500', 10500),
    ],
  },
];

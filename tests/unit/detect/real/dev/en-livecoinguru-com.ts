import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.livecoinguru.com/forum/everything-crypto/microstrategy-owned-by-michael-saylor-purchases-29-3-million-worth-of-bitcoin-at-around-28-000',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'MicroStrategy purchases $29.3 million worth of bitcoin at around $28,000',
    blocks: [
      'In an SEC filing on Wednesday, Michael Saylor’s software company said it bought 1,045 Bitcoin for about $29.3 million in cash, an average of nearly $28,016 per coin.',
      'Saylor tweeted that the company now holds roughly 140,000 Bitcoin, worth about $4 billion and bought at an average price of $29,803.',
      'The filing shows it sold its first Bitcoin in December: 704 units at an average of $16,776, for $11.8 million.',
      'The purchases coincided with the U.S. government’s auction of $215 million in Bitcoin seized in the Silk Road case; the government still held just over 41,000 coins, worth more than $1 billion.',
      'CoinMarketCap showed bitcoin just below $28,000 on Wednesday.',
    ],
    expect: [
      o('$29.3 million', 29.3e6),
      p('$28,016', 28016),
      o('$4 billion', 4e9),
      p('$29,803', 29803),
      p('$16,776', 16776),
      o('$11.8 million', 11.8e6),
      o('$215 million', 215e6),
      o('$1 billion', 1e9),
      p('$28,000', 28000),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptonewsworldfeed.com/2024/09/13/microstrategy-acquires-additional-1-1-billion-in-bitcoin',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'MicroStrategy Acquires Additional $1.1 Billion in Bitcoin',
    blocks: [
      'MicroStrategy Acquires Additional $1.1 Billion in Bitcoin',
      'MicroStrategy bought another 18,300 Bitcoin worth nearly $1.1 billion between August 6 and September 12, at an average of around $60,408 per token including fees. Bitcoin currently stands at $58,214.',
      'The company now holds 244,800 BTC, about $14.14 billion on CoinGecko figures, far more than Marathon Digital’s roughly $1.5 billion in Bitcoin or Riot Platforms’ around $579 million.',
      'It started buying in August 2020 with Bitcoin around $12,000. Saylor has predicted Bitcoin could reach $13 million over the next 21 years. Its average purchase price is $38,585 per coin.',
      'Japanese firm Metaplanet recently bought ¥300 million ($2 million) worth of BTC.',
    ],
    expect: [
      o('$1.1 Billion', 1.1e9),
      o('$1.1 billion', 1.1e9),
      p('$60,408', 60408),
      p('$58,214', 58214),
      o('$14.14 billion', 14.14e9),
      o('$1.5 billion', 1.5e9),
      o('$579 million', 579e6),
      p('$12,000', 12000),
      p('$13 million', 13e6),
      p('$38,585', 38585),
      o('¥300 million', 300e6, 'JPY'),
      o('$2 million', 2e6),
    ],
  },
];

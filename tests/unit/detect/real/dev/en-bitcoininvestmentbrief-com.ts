import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitcoininvestmentbrief.com/2021/06/stock-market-news-live-bitcoin-stabilizes-near-30000-while-nasdaq-outpaces-dow/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Stock Market News Live: Bitcoin Stabilizes Near $30,000, While Nasdaq Outpaces Dow',
    blocks: [
      'Stock Market News Live: Bitcoin Stabilizes Near $30,000, While Nasdaq Outpaces Dow',
      'Coinbase hit $429.54 on its first trading day and has not been back there since. On Tuesday it traded at $219.08, 49% below that high, almost exactly tracking bitcoin’s price.',
      'MicroStrategy, which has spent billions on bitcoin since last year, reached a record $1,279.94 on Feb. 9. This afternoon the stock was near $551, more than 55% off the peak.',
      'Then there is Tesla, which became a bitcoin play thanks to Elon Musk’s posts and the $1.5 billion worth of bitcoin it bought this year. Its shares closed at $863.42 on the day it disclosed the holding; this afternoon they were around $622.',
      'With bitcoin hovering around $30,000, Tesla’s bitcoin holdings are almost certainly underwater.',
    ],
    expect: [
      p('$30,000', 30000),
      o('$429.54', 429.54),
      o('$219.08', 219.08),
      o('$1,279.94', 1279.94),
      o('$551', 551),
      o('$1.5 billion', 1.5e9),
      o('$863.42', 863.42),
      o('$622', 622),
      p('$30,000', 30000),
    ],
  },
];

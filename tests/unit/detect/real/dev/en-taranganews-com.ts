import { o, p, type RealCase } from '../labels';

// "What $1,000 in Bitcoin is worth now" piece: invested sums and what they grew to are other; only
// the opening/current prices, the November 2021 high and the per-coin target are prices.
export const cases: RealCase[] = [
  {
    url: 'https://www.taranganews.com/news/1000-bitcoin-investment-will-be-worth-this-much-now-in-january-2023/',
    lang: 'en',
    tags: ['prose', 'change'],
    title: '$1,000 Bitcoin investment will be worth this much now in January 2023',
    blocks: [
      'Bitcoin is up 134.32% over the 329 days since the first week of the year. So a $1,000 BTC investment would be worth $2,343.2 at the time of publication.',
      'Bitcoin opened the first weekly candle of 2023 at $16,552 and is trading at $38,792 at press time.',
      '2021 Bitcoin investment still in loss',
      'A $1,000 investment in Bitcoin at November’s all-time high of $69,000 is now worth $562.3, a loss of 43.77%.',
      'All things considered, if Bitcoin regains the speculative demand of November 2021, BTC will trade at $66,574 per coin, as Finbold reported earlier.',
    ],
    expect: [
      o('$1,000', 1000),
      o('$2,343.2', 2343.2),
      p('$16,552', 16552),
      p('$38,792', 38792),
      o('$1,000', 1000),
      p('$69,000', 69000),
      o('$562.3', 562.3),
      p('$66,574', 66574),
    ],
  },
];

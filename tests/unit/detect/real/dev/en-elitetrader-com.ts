import { p, type RealCase } from '../labels';

// Elite Trader's long-running "Bitcoin price thread": posters name levels in bare thousands ("60K",
// "100k") with no currency sign, which readers take as BTC prices in dollars.
const url = 'https://www.elitetrader.com/et/threads/bitcoin-price-thread.315402/page-358';
const title = 'Bitcoin price thread | Page 358 | Elite Trader';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title,
    blocks: [
      'X-MAS is coming. BTC could actually become a gift Gen-Xers give to their kids as a supposed tax-free investment. Plus, the debt ceiling deal may not happen by the beginning of December. If that happens, where will the equity outflows go? A lot into cryptos, I am sure. BTC at 60K by year end is most certainly a possibility. The magic 100K line? Not sure on that. But if it happens I will not be surprised.',
    ],
    expect: [p('60K', 60000), p('100K', 100000)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    title,
    blocks: [
      'The Christmas gift part had not occurred to me, but it should have. As to it reaching 100k, even if it doesn’t happen by the end of this year, I think next year it may be possible.',
    ],
    expect: [p('100k', 100000)],
  },
  {
    url,
    lang: 'en',
    tags: ['forum', 'format'],
    title,
    blocks: [
      'I am 100% sure that bitcoin will grow and will soon reach 100k, but in any case you should diversify assets and hedge investments, because absolute confidence has driven many to bankruptcy. That’s why I have about 20 different coins in my wallet at the moment.',
      'Truth be told, I am not even thinking of it going above 100k at the moment - it will probably happen, but I want to see it reach that level first before I consider its further development.',
    ],
    expect: [p('100k', 100000), p('100k', 100000)],
  },
];

import { o, p, type RealCase } from '../labels';

// Indian market round-up in rupees with lakh grouping ("Rs 33,10,300"). Only the first paragraph is a
// Bitcoin price; the rest are other coins (Ethereum's bare "2,30,200" carries no currency).
export const cases: RealCase[] = [
  {
    url: 'https://www.republicworld.com/technology-news/other-tech-news/cryptocurrency-prices-in-india-today-bearish-market-sees-bitcoin-fall-by-over-3-percent.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Cryptocurrency prices in India today: Bearish market sees Bitcoin fall by over 3 percent',
    blocks: [
      'Bitcoin, the largest virtual currency, was trading in the red at around Rs 33,10,300, about 3.2 per cent lower than the day before.',
      'The second biggest coin, Ethereum, was trading at around 2,30,200, down just over 5 per cent on the previous day.',
      'One such coin, Cardano (ADA), also had a rough session, trading at Rs 166.70, down around 4.3 per cent. The third-largest coin by market cap had hit its all-time high of Rs 220 earlier this month.',
      'Dogecoin and Litecoin slipped too, trading at Rs 15.85 and Rs 11,400 respectively.',
      'SOL was trading at Rs 10,600, having come down from the all-time high of Rs 16,801 it reached earlier in the month.',
    ],
    expect: [
      p('Rs 33,10,300', 3310300, 'INR'),
      o('Rs 166.70', 166.7, 'INR'),
      o('Rs 220', 220, 'INR'),
      o('Rs 15.85', 15.85, 'INR'),
      o('Rs 11,400', 11400, 'INR'),
      o('Rs 10,600', 10600, 'INR'),
      o('Rs 16,801', 16801, 'INR'),
    ],
  },
];

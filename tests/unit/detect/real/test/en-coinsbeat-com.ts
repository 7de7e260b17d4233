import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsbeat.com/?p=6128',
    lang: 'en',
    tags: ['cost', 'prose'],
    title: 'Riot Platforms cost model: electricity break-even vs accounting profit',
    blocks: [
      'Under today’s network conditions, with difficulty at 145 trillion, a 3.125 BTC block reward, ASICs running at about 17 to 19 joules per terahash and Texas industrial power near $0.0667 per kilowatt-hour, the model arrives at an electricity cost of $64,635 per BTC.',
      'With Bitcoin sitting around $67,200, Riot’s power margin is a slim $2,565 per BTC. Positive, but only just.',
      'That $49,495 gap between electricity break-even and full accounting profitability is no rounding error; it is why listed miners can sound healthy online while their income statements tell another story.',
    ],
    expect: [
      o('$0.0667', 0.0667),
      c('$64,635', 64635),
      p('$67,200', 67200),
      o('$2,565', 2565),
      o('$49,495', 49495),
    ],
  },
];

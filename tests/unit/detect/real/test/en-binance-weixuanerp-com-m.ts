import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.weixuanerp.com/de/square/post/306347158802530',
    lang: 'en',
    tags: ['cost', 'label-value', 'forum', 'change'],
    title: 'Bitcoin trades below average mining cost',
    blocks: [
      'That leaves miners producing $ at a cost $11,525 above what the market pays.',
      'The mining cost to market price ratio now reads 1.12 (previous: 1.10).',
      'Hashprice is $33.65 per PH/s/day, close to breakeven for many miners.',
      'Bitcoin now trades 14.9% under the average mining cost.',
      'Price: $65,668',
      'Average Mining Cost: $77,193',
      'Gap: $11,525',
    ],
    expect: [
      o('$11,525', 11525),
      o('$33.65 per PH/s/day', 33.65),
      p('$65,668', 65668),
      c('$77,193', 77193),
      o('$11,525', 11525),
    ],
  },
];

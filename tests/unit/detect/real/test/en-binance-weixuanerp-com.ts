import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.weixuanerp.com/pt/square/post/288704852082818',
    lang: 'en',
    tags: ['cost', 'prose'],
    blocks: [
      'Bitcoin miners are under growing pressure as the spot price no longer covers production costs. Bitcoin (BTC) trades around $71,100 — roughly 20% below Checkonchain’s estimate of the industry’s average all‑in cost to mine one BTC at about $87,000. The model links network difficulty to market capitalization to estimate miners’ average production cost.',
    ],
    expect: [p('$71,100', 71100), c('$87,000', 87000)],
  },
];

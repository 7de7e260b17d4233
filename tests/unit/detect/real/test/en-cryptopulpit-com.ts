import { p, type RealCase } from '../labels';

// Crypto blog headline with a "$70K" suffix level.
export const cases: RealCase[] = [
  {
    url: 'https://cryptopulpit.com/why-bitcoin-price-is-up-today-btc-price-surge-above-70k',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Why Bitcoin Price is Up Today? BTC Price Surge Above $70K',
    blocks: ['Why Bitcoin Price is Up Today? BTC Price Surge Above $70K'],
    expect: [p('$70K', 70000)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://stocktraders.online/2025/02/28/coinbase-strategy-lead-crypto-stocks-lower-as-bitcoin-tumbles-below-90000-for-first-time-since-november',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title:
      'Coinbase, Strategy lead crypto stocks lower as bitcoin tumbles below $90,000 for first time since November',
    blocks: [
      'Crypto stocks fell across the board Tuesday as bitcoin (BTC-USD) slid below $90,000 for the first time since November, with Strategy (MSTR) and Coinbase (COIN) leading the losses.',
      'Behind the drop was bitcoin’s slump on Tuesday of more than 6% to just over $88,000, its lowest since November. The cryptocurrency is down nearly 16% in a month, after a huge post-election rally took it above $100,000 last December. In January, it set a record above $109,000.',
      'The sector was also rattled last week when hackers stole $1.5 billion in digital assets from the Bybit exchange.',
      'Strategy said Monday it had bought another $2 billion in bitcoin, taking its spending on the cryptocurrency since 2020 above $33 billion.',
    ],
    expect: [
      p('$90,000', 90000),
      p('$88,000', 88000),
      p('$100,000', 100000),
      p('$109,000', 109000),
      o('$1.5 billion', 1.5e9),
      o('$2 billion', 2e9),
      o('$33 billion', 33e9),
    ],
  },
];

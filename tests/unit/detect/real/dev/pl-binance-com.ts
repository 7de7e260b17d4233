import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/pl/square/post/7120924508345',
    lang: 'pl',
    tags: ['cost', 'forum'],
    blocks: [
      'Kopanie Bitcoina kosztuje, a po niedawnym halvingu górnicy płacą jeszcze więcej. Według CoinShares wydobycie jednego Bitcoina kosztuje dziś około 53 000 dolarów – tyle średnio wydają na jeden BTC duże firmy wydobywcze.',
    ],
    expect: [c('53 000 dolarów', 53000)],
  },
];

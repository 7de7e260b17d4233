import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsalad.com/charts/bitcoin-supply',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Bitcoin Supply Chart | CoinSalad',
    blocks: [
      'Bitcoin Market Charts, Data & Tools',
      'Bitcoin Price: $10,886.48 (130.95',
      'Market Cap: $201,429,057,302',
    ],
    expect: [p('$10,886.48', 10886.48), o('$201,429,057,302', 201429057302)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinmarketcap.com/it/currencies/bitcoin/ratings/',
    lang: 'it',
    tags: ['widget', 'label-value', 'format'],
    title: 'Bitcoin (BTC) rating',
    blocks: [
      'Criptovalute:  6,056Mercati:  24,492Cap. del mercato:  $343,236,077,847Vol 24h:  $92,696,898,141Dominanza BTC:  60.5%',
      'Bitcoin (BTC)',
      '$11,255.15 USD (-1.28%)',
      '1.00000000 BTC (0.00%)',
      'Cap. del mercato\n    $207,673,923,245 USD\n    18,451,462 BTC',
      'Volume (24h)\n    $22,009,271,724 USD\n    1,955,485 BTC',
    ],
    expect: [
      o('$343,236,077,847', 343236077847),
      o('$92,696,898,141', 92696898141),
      p('$11,255.15 USD', 11255.15),
      o('$207,673,923,245 USD', 207673923245),
      o('$22,009,271,724 USD', 22009271724),
    ],
  },
];

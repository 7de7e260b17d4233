import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://learncrypto.com/popular-coins/bitcoin',
    lang: 'en',
    tags: ['widget', 'label-value', 'change', 'format'],
    title: 'Bitcoin (BTC) price | Learn Crypto',
    blocks: [
      '$64,322.62',
      '+$5,371.14 (+9.1%)',
      '24H',
      { text: '$0', row: 'Min' },
      { text: '$0', row: 'Max' },
      { text: '$33.17B', row: 'Volume' },
      { text: '$1.267T', row: 'Market cap' },
      { text: '$21M', row: 'Max supply' },
    ],
    expect: [
      p('$64,322.62', 64322.62),
      o('+$5,371.14', 5371.14),
      p('$0', 0),
      p('$0', 0),
      o('$33.17B', 33.17e9),
      o('$1.267T', 1.267e12),
      o('$21M', 21e6),
    ],
  },
];

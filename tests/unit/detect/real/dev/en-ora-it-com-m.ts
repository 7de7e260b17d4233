import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ora.it.com/cryptocurrency-price/how-much-does-btc-cost',
    lang: 'en',
    tags: ['table', 'label-value'],
    title: 'How Much Does BTC Cost?',
    blocks: [
      'Recent Price Range and Market Capitalization',
      { text: '97,816.95', header: 'Value (USD)', row: '24 Hour High' },
      { text: '94,712.85', header: 'Value (USD)', row: '24 Hour Low' },
      { text: '1,886,233,016,424.88', header: 'Value (USD)', row: 'Market Capitalization' },
      'The 24 Hour High is the top price Bitcoin reached during the window; the low is the bottom it traded at in the same period.',
    ],
    expect: [p('97,816.95', 97816.95), p('94,712.85', 94712.85), o('1,886,233,016,424.88', 1886233016424.88)],
  },
];

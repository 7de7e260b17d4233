import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.btccurrent.com',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'BTC to USD Converter - Live Bitcoin Price Today',
    blocks: [
      'Bitcoin Price (BTC/USD)',
      '$68,421.50',
      '+2.45%',
      { text: '$66,210.00', row: '24h Low' },
      { text: '$69,850.00', row: '24h High' },
      { text: '$32.45B', row: '24h Volume' },
      { text: '$1.34T', row: 'Market Cap' },
      'BTC ⇄ USD Converter',
      '💡 Tip: 1 Bitcoin = 100,000,000 Satoshis',
    ],
    expect: [
      p('$68,421.50', 68421.5),
      p('$66,210.00', 66210),
      p('$69,850.00', 69850),
      o('$32.45B', 32.45e9),
      o('$1.34T', 1.34e12),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://vidyoda.com/7737.html',
    lang: 'en',
    tags: ['widget', 'prose', 'format'],
    title: 'BTC to USD: Bitcoin Price Converter',
    blocks: [
      'Right now 1 BTC is worth $109,539.90, up 4.00% over the last 24 hours.',
      'Some examples:',
      '$5 USD = 0.000045645 BTC',
      '5 BTC = $547,699.50 USD',
    ],
    expect: [p('$109,539.90', 109539.9), o('$5 USD', 5), o('$547,699.50 USD', 547699.5)],
  },
];

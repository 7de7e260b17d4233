import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cal53.calculator.city/btc-vs-usd-calculator/',
    lang: 'en',
    tags: ['widget', 'label-value'],
    title: 'Btc Vs Usd Calculator',
    blocks: [
      'Bitcoin (BTC) to USD Calculator',
      'USD Value: $63,000.00',
      'Conversion Rate: 1 BTC = $63,000.00',
      'Inverse Rate: $1 = 0.00001587 BTC',
      'Last Updated: Just now',
    ],
    expect: [p('$63,000.00', 63000), p('$63,000.00', 63000), o('$1', 1)],
  },
  {
    url: 'https://cal56.calculator.city/btc-a-dollar-calculator/',
    lang: 'en',
    tags: ['table', 'widget', 'format'],
    title: 'Btc A Dollar Calculator',
    blocks: [
      'If the current exchange rate is 50,000 USD/BTC and you hold 1 BTC, the calculator shows:',
      '1 BTC = 50,000 USD',
      { text: '29,000', header: 'Exchange Rate (USD/BTC)', row: 'Jan 1, 2021' },
      { text: '47,000', header: 'Exchange Rate (USD/BTC)', row: 'Jan 1, 2022' },
      { text: '560,000,000,000', header: 'Market Cap (in USD)', row: 'Jan 1, 2021' },
      { text: '1,100,000,000,000', header: 'Market Cap (in USD)', row: 'Jan 1, 2022' },
    ],
    expect: [
      p('50,000 USD/BTC', 50000),
      p('50,000 USD', 50000),
      p('29,000', 29000),
      p('47,000', 47000),
      o('560,000,000,000', 560e9),
      o('1,100,000,000,000', 1.1e12),
    ],
  },
];

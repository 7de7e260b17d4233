import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://super-calc.com/calculators/cryptocurrency-converter',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: 'Cryptocurrency Converter',
    blocks: [
      { text: 'Example 1: 0.5 BTC to USD', heading: 'Worked Examples' },
      {
        text: 'With Amount = 0.5, Cryptocurrency = BTC and To Currency = USD as the stated inputs, the result is Converted Amount = 40526.50 USD, Live Rate = 1 BTC = 81053.00 USD and Reverse Rate = 1 USD = 0.000012337606 BTC. Each value corresponds to the declared output fields.',
        heading: 'Example 1: 0.5 BTC to USD',
      },
      { text: 'Example 2: 10 ETH to EUR', heading: 'Worked Examples' },
      {
        text: 'With Amount = 10, Cryptocurrency = ETH and To Currency = EUR as the stated inputs, the result is Converted Amount = 19822.80 EUR, Live Rate = 1 ETH = 1982.28 EUR and Reverse Rate = 1 EUR = 0.000504469601 ETH. Each value corresponds to the declared output fields.',
        heading: 'Example 2: 10 ETH to EUR',
      },
      { text: 'Example 3: 1,000 XRP to GBP', heading: 'Worked Examples' },
      {
        text: 'With Amount = 1,000, Cryptocurrency = XRP and To Currency = GBP as the stated inputs, the result is Converted Amount = 1038.00 GBP, Live Rate = 1 XRP = 1.04 GBP and Reverse Rate = 1 GBP = 0.963391 XRP.',
        heading: 'Example 3: 1,000 XRP to GBP',
      },
    ],
    expect: [
      o('40526.50 USD', 40526.5),
      p('81053.00 USD', 81053),
      o('1 USD', 1),
      o('19822.80 EUR', 19822.8, 'EUR'),
      o('1982.28 EUR', 1982.28, 'EUR'),
      o('1 EUR', 1, 'EUR'),
      o('1038.00 GBP', 1038, 'GBP'),
      o('1.04 GBP', 1.04, 'GBP'),
      o('1 GBP', 1, 'GBP'),
    ],
  },
];

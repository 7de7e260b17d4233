import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tiktraining.de/s/en/Bitcoin+Value+Analysis/28981',
    lang: 'en',
    tags: ['format', 'prose', 'anaphora'],
    title: "Understanding Bitcoin's Value Across Different Currencies",
    blocks: [
      'To illustrate this, consider the following example. If Bitcoin is valued at $30,000 USD, this amount might translate differently in other currencies. For instance:',
      '- In EUR (Euros), Bitcoin might be valued at approximately €27,000, given an exchange rate of 1 USD = 0.90 EUR.',
      '- In JPY (Japanese Yen), the value could be around ¥4,000,000, based on an exchange rate of 1 USD = 133.33 JPY.',
      '- In INR (Indian Rupees), Bitcoin might be priced at about ₹2,400,000, considering an exchange rate of 1 USD = 80 INR.',
    ],
    expect: [
      p('$30,000 USD', 30000),
      p('€27,000', 27000, 'EUR'),
      o('1 USD', 1),
      o('0.90 EUR', 0.9, 'EUR'),
      p('¥4,000,000', 4000000, 'JPY'),
      o('1 USD', 1),
      o('133.33 JPY', 133.33, 'JPY'),
      p('₹2,400,000', 2400000, 'INR'),
      o('1 USD', 1),
      o('80 INR', 80, 'INR'),
    ],
  },
];

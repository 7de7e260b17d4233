// Converter explainers for fractions of a coin: the per-coin rate ("1 BTC = $50,000 USD", "$55,000/BTC") is p,
// the worked result for 0.1 or 0.001 BTC is o; headings name the fraction, not the price.
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://johngibson.me/page/o-1-btc-to-usd',
    lang: 'en',
    tags: ['widget', 'label-value', 'anaphora'],
    title: 'Understanding the Value of 0.1 BTC to USD',
    blocks: [
      { text: '0.1 BTC to USD Conversion', heading: '0.1 BTC to USD Conversion' },
      {
        text: 'What 0.1 BTC is worth in USD depends on the market rate, which moves all the time. At the time of writing the rate is about 1 BTC = $50,000 USD, so 0.1 BTC comes to:',
        heading: '0.1 BTC to USD Conversion',
      },
      { text: '0.1 BTC x $50,000/BTC = $5,000 USD', heading: '0.1 BTC to USD Conversion' },
    ],
    expect: [p('$50,000 USD', 50000), p('$50,000', 50000), o('$5,000 USD', 5000)],
  },
  {
    url: 'https://johngibson.me/page/how-much-is-0-001btc-in-dollars',
    lang: 'en',
    tags: ['widget', 'label-value', 'anaphora'],
    title: 'How Much is 0.001 BTC in Dollars?',
    blocks: [
      { text: 'Current Exchange Rate', heading: 'Current Exchange Rate' },
      {
        text: 'As of writing, the rate is roughly 1 BTC = $55,000 USD. Rates can move fast, so the figure may differ when you read this.',
        heading: 'Current Exchange Rate',
      },
      { text: 'Conversion Calculation', heading: 'Conversion Calculation' },
      { text: '0.001 BTC x $55,000/BTC = $55 USD', heading: 'Conversion Calculation' },
      { text: 'So, 0.001 BTC is approximately equal to $55 USD.', heading: 'Conversion Calculation' },
    ],
    expect: [p('$55,000 USD', 55000), p('$55,000', 55000), o('$55 USD', 55), o('$55 USD', 55)],
  },
];

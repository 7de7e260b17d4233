import { o, p, type RealCase } from '../labels';

// Explainer with a worked example list: "Current Bitcoin price: $30,000" next to market caps, and a later
// "if the current price is $30,000" that does not name Bitcoin.
export const cases: RealCase[] = [
  {
    url: 'https://bitcoin101.org/blog/what-is-bitcoin-market-cap',
    lang: 'en',
    tags: ['label-value', 'prose', 'anaphora'],
    title: 'What is Bitcoin Market Cap: Data-Driven Insights',
    blocks: [
      'What is Bitcoin Market Cap: Data-Driven Insights',
      'Bitcoin’s market cap is a key metric to understand its value.',
      {
        text: 'Example of Bitcoin market cap calculation',
        heading: 'Example of Bitcoin market cap calculation',
      },
      { text: 'Current Bitcoin price: $30,000', heading: 'Example of Bitcoin market cap calculation' },
      {
        text: 'Total Bitcoins in circulation: 19 million',
        heading: 'Example of Bitcoin market cap calculation',
      },
      {
        text: 'Market cap = $30,000 * 19,000,000 = $570 billion',
        heading: 'Example of Bitcoin market cap calculation',
      },
      'Bitcoin’s market cap changes daily with price fluctuations and newly mined Bitcoins. For instance, as of August 19, 2024, Bitcoin’s market cap is approximately $1.155 trillion USD. This change shows how dynamic and volatile Bitcoin’s market value is.',
      { text: 'Fully diluted market cap', heading: 'Fully diluted market cap' },
      { text: 'Assumes all Bitcoins (21 million) are mined.', heading: 'Fully diluted market cap' },
      {
        text: 'This metric provides a forward-looking view. It helps understand the potential future value if all supply is in the market. For example, if the current price is $30,000, the fully diluted market cap is $630 billion.',
        heading: 'Fully diluted market cap',
      },
    ],
    expect: [
      p('$30,000', 30000),
      p('$30,000', 30000),
      o('$570 billion', 570e9),
      o('$1.155 trillion USD', 1.155e12),
      p('$30,000', 30000),
      o('$630 billion', 630e9),
    ],
  },
];

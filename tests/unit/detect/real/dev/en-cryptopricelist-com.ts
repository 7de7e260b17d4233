import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptopricelist.com/?p=118',
    lang: 'en',
    tags: ['widget', 'label-value', 'format'],
    title: "Today's Cryptocurrency Prices by Market Cap",
    blocks: [
      'Coins: 10053 Exchanges: 946 Market Cap: $1,225,562,243,650 1.25% 24h Vol: $48,208,812,807.548 Dominance: BTC 46.65%, ETH 18.33%',
      "Today's Cryptocurrency Prices by Market Cap",
      {
        text: 'The crypto market cap is generally divided into three categories:',
        heading: 'How to Evaluate Cryptocurrencies Market Cap?',
      },
      {
        text: 'Large-cap cryptocurrencies (>$10 billion)',
        heading: 'How to Evaluate Cryptocurrencies Market Cap?',
      },
      {
        text: 'Mid-cap Cryptocurrencies ($1 billion - $10 billion)',
        heading: 'How to Evaluate Cryptocurrencies Market Cap?',
      },
      {
        text: 'Small-cap cryptocurrencies (<$1 billion).',
        heading: 'How to Evaluate Cryptocurrencies Market Cap?',
      },
      {
        text: 'Large cap cryptocurrencies like Bitcoin and Ethereum have a market cap exceeding $10 billion, usually made up of protocols with proven track records.',
        heading: 'How to Evaluate Cryptocurrencies Market Cap?',
      },
    ],
    expect: [
      o('$1,225,562,243,650', 1225562243650),
      o('$48,208,812,807.548', 48208812807.548),
      o('$10 billion', 10e9),
      o('$1 billion', 1e9),
      o('$10 billion', 10e9),
      o('$1 billion', 1e9),
      o('$10 billion', 10e9),
    ],
  },
];

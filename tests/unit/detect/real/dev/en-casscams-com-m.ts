import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://casscams.com/12340.html',
    lang: 'en',
    tags: ['label-value', 'table', 'widget'],
    title: 'Bitcoin Price and Market Overview Today',
    blocks: [
      'Bitcoin (BTC) is still the largest cryptocurrency by market capitalization, with a market cap above $2.1 trillion. Key metrics:',
      'Current Market Cap: $2,167,070,568,352',
      'Market Dominance: 63.11%',
      '24-Hour Trading Volume: $25,809,259,154',
      'ATH Price: $111,814.00',
      { text: '$109,009.70', header: 'Price (USD)', row: '1 hour' },
      { text: '$107,134.29', header: 'Price (USD)', row: '7 days' },
      { text: '$57,699.48', header: 'Price (USD)', row: '1 year' },
      'Based on the current market cap of approximately $2.17 trillion:',
    ],
    expect: [
      o('$2.1 trillion', 2.1e12),
      o('$2,167,070,568,352', 2167070568352),
      o('$25,809,259,154', 25809259154),
      p('$111,814.00', 111814),
      p('$109,009.70', 109009.7),
      p('$107,134.29', 107134.29),
      p('$57,699.48', 57699.48),
      o('$2.17 trillion', 2.17e12),
    ],
  },
];

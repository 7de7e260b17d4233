import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://21shares.com/en-us/blog/when-nvda-falls-markets-follow',
    lang: 'en',
    tags: ['prose'],
    title: 'When NVDA falls, markets follow',
    blocks: [
      'Last Tuesday Nvidia (NVDA) suffered one of the worst one-day sell-offs in stock market history, dropping 9.5% and wiping more than $279 billion off its market cap. For scale, $279 billion is about the market cap of Ethereum (ETH). Bitcoin and Ethereum are down roughly 0.40% and 1% week-to-date.',
      'The sell-off spread into a broad risk-off move that erased over $1.05 trillion in U.S. market value. The top five ETFs, with a combined $2 trillion in assets under management (AUM), hold more than $132 billion in Nvidia stock.',
    ],
    expect: [
      o('$279 billion', 279e9),
      o('$279 billion', 279e9),
      o('$1.05 trillion', 1.05e12),
      o('$2 trillion', 2e12),
      o('$132 billion', 132e9),
    ],
  },
];

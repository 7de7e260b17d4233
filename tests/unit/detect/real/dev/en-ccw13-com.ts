import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ccw13.com/936.html',
    lang: 'en',
    tags: ['prose', 'format'],
    title: "Can BTC Price Break $1 Million? Cathie Wood's Ark Invest Thinks So",
    blocks: [
      'Bitcoin (BTC) is in the headlines again as Ark Invest, led by Cathie Wood, doubles down on its long-term bullish call. With heavy inflows into spot ETFs and the price of BTC surging past $94,000, momentum is building for a possible run toward $1 million by 2030.',
      {
        heading: 'Ark Invest’s Bold Bitcoin Price Forecast for 2030',
        text: 'In its Big Ideas 2025 report, Ark projects Bitcoin could reach $1.5 million** in a bull scenario by 2030, with a base case target of **$710,000 and a conservative floor of $300,000.',
      },
    ],
    expect: [
      p('$94,000', 94000),
      p('$1 million', 1e6),
      p('$1.5 million', 1.5e6),
      p('$710,000', 710000),
      p('$300,000', 300000),
    ],
  },
];

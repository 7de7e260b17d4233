import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://preview.deepnewz.com/economics/standard-chartered-predicts-bitcoin-to-hit-135000-q3-200000-year-end-2025-driven-e49e840c',
    lang: 'en',
    tags: ['prose', 'forum', 'format'],
    title: 'Standard Chartered predicts Bitcoin to hit $135,000 in Q3, $200,000 by year-end 2025',
    blocks: [
      'Standard Chartered has raised its Bitcoin forecast, now seeing the cryptocurrency at $135,000 by the third quarter of 2025 and possibly $200,000 by year-end, on stronger ETF inflows, corporate treasury demand and supportive policy. The bank’s long-term target is $500,000 by 2028.',
      'JUST IN: $2.5 TRILLION BANKING GIANT CITI PREDICTS #BITCOIN WILL HIT $199,000 BY THE END OF THE YEAR THEY ARE TELLING YOU. BUCKLE UP 🚀 https://t.co/3hhmXwcS6J',
      '🔥CITI PREDICTS $135K BITCOIN BY YEAR-END! 🏦Citi forecasts BTC to hit $135K by December, with a bull case of $199K driven by rising ETF flows. Over 40% of BTC price moves now tied to ETF demand—making it a key factor. https://t.co/aHrOXEYpDn',
    ],
    expect: [
      p('$135,000', 135000),
      p('$200,000', 200000),
      p('$500,000', 500000),
      o('$2.5 TRILLION', 2.5e12),
      p('$199,000', 199000),
      p('$135K', 135000),
      p('$135K', 135000),
      p('$199K', 199000),
    ],
  },
];

// Year-in-review of Bitcoin's 2021 price: opening, yearly high and closing levels with cents (p), and a drawdown
// in dollars ("plunged by almost $8,500") that is a change (o).
import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.chainji.com/article/1117.html',
    lang: 'en',
    tags: ['prose', 'change'],
    title: "Bitcoin's Price Fluctuations in 2021: A Dive into the Data",
    blocks: [
      "Bitcoin's Price Fluctuations in 2021: A Dive into the Data",
      'Bitcoin (BTC) opened 2021 at around $29,388.94 on January 1st, which was also its lowest point of the year in USD. By November 8th it had climbed to the year’s high of $67,549.14, far above where it started.',
      'BTC closed 2021 at $46,306.45 on December 31st, up sharply on the previous year-end.',
      'The chart also shows deep dips along the way; in March 2021, for example, BTC plunged by almost $8,500 before recovering to new all-time highs later in the year.',
    ],
    expect: [
      p('$29,388.94', 29388.94),
      p('$67,549.14', 67549.14),
      p('$46,306.45', 46306.45),
      o('$8,500', 8500),
    ],
  },
];

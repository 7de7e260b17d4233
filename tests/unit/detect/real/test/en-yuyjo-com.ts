import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://yuyjo.com/archives/16469',
    lang: 'en',
    tags: ['prose'],
    title: 'Bitcoin Price Faces Key Levels as $9.4 Billion Options Expiry Looms',
    blocks: [
      'Bitcoin has bounced back to $96,400 after a sharp dip to $91,000 earlier in the week. With $9.4 billion of Bitcoin options expiring today, volatility is expected, and forecasts point to a move toward $90,000 or $100,000.',
      {
        heading: 'Bitcoin Price Faces Key Levels as Options Expiry Looms',
        text: 'After dipping under $91,000, Bitcoin has steadily recovered and now trades at $96,198. The $9.4 billion expiry coincides with a key demand zone around $93,580, where some 667,000 addresses hold about 504,000 BTC.',
      },
    ],
    expect: [
      p('$96,400', 96400),
      p('$91,000', 91000),
      o('$9.4 billion', 9.4e9),
      p('$90,000', 90000),
      p('$100,000', 100000),
      p('$91,000', 91000),
      p('$96,198', 96198),
      o('$9.4 billion', 9.4e9),
      p('$93,580', 93580),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Templated price-stats report in pounds: price levels, 52-week range, volume/market cap, ROI gains/losses.
export const cases: RealCase[] = [
  {
    url: 'https://uk.news.yahoo.com/bitcoin-price-rises-1-29-151022846.html',
    lang: 'en',
    tags: ['label-value', 'prose', 'anaphora'],
    title: 'Bitcoin’s price rises 1.29%',
    blocks: [
      'Bitcoin’s price rises 1.29%',
      'As of 9:11am today, the price of Bitcoin (BTC) is £17,236, according to CoinMarketCap. It’s up 1.29% on yesterday’s figure of £17,013, down 4.81% on last week and down 9.71% on one month ago.',
      'The 24-hour trading volume is around £34.7 billion, and it has a market cap of about £330.2 billion.',
      'The 52-week high of Bitcoin is £50,843, while the 52-week low is £14,485.',
      { text: 'Bitcoin ROI', heading: 'Bitcoin ROI' },
      {
        text: 'If you purchased a single Bitcoin at the 52-week low of £14,485 and sold it at today’s price of £17,236, you’d earn £2,751 for a positive return of 18.99%.',
        heading: 'Bitcoin ROI',
      },
      {
        text: 'Alternatively, if you purchased a single Bitcoin at the 52-week high of £50,843 and sold it at today’s price, you’d have lost 66.1%, equivalent to minus £33,608.',
        heading: 'Bitcoin ROI',
      },
      { text: 'Bitcoin Price Over Time', heading: 'Bitcoin Price Over Time' },
      {
        text: 'Bitcoin has moved up by 1.29% within the last 24 hours. Overall, BTC’s price today is above its 52-week low of £14,485.',
        heading: 'Bitcoin Price Over Time',
      },
      {
        text: 'Over the past week, Bitcoin has hit a high of £17,664 and a low of £16,226.',
        heading: 'Bitcoin Price Over Time',
      },
      {
        text: 'The cryptocurrency, overall, has moved down during the past three months. Over the past 90 days, it has fallen to its current price of £17,236.',
        heading: 'Bitcoin Price Over Time',
      },
      { text: 'How Many Bitcoins (BTC) Are There?', heading: 'How Many Bitcoins (BTC) Are There?' },
      {
        text: 'There are currently 19,158,225 Bitcoins in circulation. There is a total maximum limit of 21 million Bitcoins that can ever be created, so only 1,841,775 Bitcoins are left to be produced.',
        heading: 'How Many Bitcoins (BTC) Are There?',
      },
    ],
    expect: [
      p('£17,236', 17236, 'GBP'),
      p('£17,013', 17013, 'GBP'),
      o('£34.7 billion', 34.7e9, 'GBP'),
      o('£330.2 billion', 330.2e9, 'GBP'),
      p('£50,843', 50843, 'GBP'),
      p('£14,485', 14485, 'GBP'),
      p('£14,485', 14485, 'GBP'),
      p('£17,236', 17236, 'GBP'),
      o('£2,751', 2751, 'GBP'),
      p('£50,843', 50843, 'GBP'),
      o('£33,608', 33608, 'GBP'),
      p('£14,485', 14485, 'GBP'),
      p('£17,664', 17664, 'GBP'),
      p('£16,226', 16226, 'GBP'),
      p('£17,236', 17236, 'GBP'),
    ],
  },
];

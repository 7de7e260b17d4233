import { o, p, type RealCase } from '../labels';

// Templated daily price report in pounds: prices of one coin next to volume, market cap and the
// profit on a one-coin trade ("you’d earn £2,317"), which is a change, not a level.
export const cases: RealCase[] = [
  {
    url: 'https://www.inferse.com/403385/bitcoins-price-up-0-73-on-yesterday-evening-standard/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin’s price up 0.73% on yesterday',
    blocks: [
      'As of 12:48pm today, the price of Bitcoin (BTC) is £15,512, according to CoinMarketCap. That is 3.20% above yesterday’s figure of £15,016, and 5.62% up on a month ago.',
      'Around £26.4 billion has traded in the past 24 hours, and it has a market cap of about £298.8 billion.',
      {
        heading: 'Bitcoin ROI',
        text: 'Had you bought a single Bitcoin at the 52-week low of £13,195 and sold it at today’s price of £15,512, you’d earn £2,317, a positive return of 17.56%.',
      },
      {
        heading: 'Bitcoin Price Over Time',
        text: 'The cryptocurrency has moved down over the past three months as a whole. In the last 90 days it has fallen to its current price of £15,512.',
      },
    ],
    expect: [
      p('£15,512', 15512, 'GBP'),
      p('£15,016', 15016, 'GBP'),
      o('£26.4 billion', 26.4e9, 'GBP'),
      o('£298.8 billion', 298.8e9, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£15,512', 15512, 'GBP'),
      o('£2,317', 2317, 'GBP'),
      p('£15,512', 15512, 'GBP'),
    ],
  },
];

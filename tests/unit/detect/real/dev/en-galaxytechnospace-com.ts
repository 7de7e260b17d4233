import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://galaxytechnospace.com/bitcoins-is-being-moved-up-with-gentle-rhythm/',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin’s is being moved up with gentle rhythm',
    blocks: [
      'Bitcoin’s is being moved up with gentle rhythm. Its 24-hour trading volume is around £23.1 billion and its market cap about £391.5 billion. The 52-week high of Bitcoin is £36,750, while the 52-week low is £13,195.',
      { text: 'Bitcoin ROI', heading: 'Bitcoin ROI' },
      {
        text: 'Had you bought one Bitcoin at the 52-week low of £13,195 and sold it at today’s price of £20,285, you would have made £7,090, a 53.73% return.',
        heading: 'Bitcoin ROI',
      },
      {
        text: 'Had you instead bought one at the 52-week high of £36,750 and sold it today, you would be down 44.8%, or minus £16,465.',
        heading: 'Bitcoin ROI',
      },
      { text: 'Bitcoin Price Over Time', heading: 'Bitcoin Price Over Time' },
      {
        text: 'Bitcoin has moved up by 1.28% in the last 24 hours, and BTC’s price today is above its 52-week low of £13,195.',
        heading: 'Bitcoin Price Over Time',
      },
      {
        text: 'Over the past week, Bitcoin has hit a high of £20,927 and a low of £19,595.',
        heading: 'Bitcoin Price Over Time',
      },
      {
        text: 'The cryptocurrency has moved up over the past three months, rising over the last 90 days to its current price of £20,285.',
        heading: 'Bitcoin Price Over Time',
      },
    ],
    expect: [
      o('£23.1 billion', 2.31e10, 'GBP'),
      o('£391.5 billion', 3.915e11, 'GBP'),
      p('£36,750', 36750, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£20,285', 20285, 'GBP'),
      o('£7,090', 7090, 'GBP'),
      p('£36,750', 36750, 'GBP'),
      o('£16,465', 16465, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£20,927', 20927, 'GBP'),
      p('£19,595', 19595, 'GBP'),
      p('£20,285', 20285, 'GBP'),
    ],
  },
];

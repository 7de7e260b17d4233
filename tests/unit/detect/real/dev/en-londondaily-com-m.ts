import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://londondaily.com/bitcoin-s-price-down-4-25',
    lang: 'en',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Bitcoin’s price down 4.25%',
    blocks: [
      'About £28.1 billion has changed hands in the past 24 hours, and it has a market cap of roughly £255.7 billion.',
      'Bitcoin’s 52-week high is £44,566, and its 52-week low is £13,195.',
      'Someone who bought one Bitcoin at the 52-week low of £13,195 and sold at today’s price of £13,306 would make £111, a 0.84% gain.',
      'Buying a single Bitcoin at the 52-week high of £44,566 and selling at today’s price would instead mean a 70.14% loss, or minus £31,260.',
      'Over the past week, Bitcoin has hit a high of £14,324 and a low of £13,195.',
    ],
    expect: [
      o('£28.1 billion', 28.1e9, 'GBP'),
      o('£255.7 billion', 255.7e9, 'GBP'),
      p('£44,566', 44566, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£13,195', 13195, 'GBP'),
      p('£13,306', 13306, 'GBP'),
      o('£111', 111, 'GBP'),
      p('£44,566', 44566, 'GBP'),
      o('£31,260', 31260, 'GBP'),
      p('£14,324', 14324, 'GBP'),
      p('£13,195', 13195, 'GBP'),
    ],
  },
];

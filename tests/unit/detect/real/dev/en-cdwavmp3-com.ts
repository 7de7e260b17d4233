import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cdwavmp3.com/will-1-bitcoin-to-cad-cross-100k-cad-soon/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Will 1 Bitcoin to CAD cross 100K CAD soon?',
    blocks: [
      'Will 1 Bitcoin to CAD cross 100K CAD soon?',
      'Bitcoin peaked in November 2021 at about 89,000 Canadian dollars per coin (from a price of around 69,000 US dollars and an exchange rate of 1.29 US dollars to Canadian dollars at the time). Today 1 BTC is worth roughly 60,000 Canadian dollars (computed from 60,000 US dollars for Bitcoin at 0.73 Canadian dollars), leaving 66.7% to go to the 100,000 Canadian dollar target.',
      'After US spot Bitcoin ETFs were approved in early 2024, net inflows passed 12 billion US dollars in the first three months.',
    ],
    expect: [
      p('100K CAD', 100000, 'CAD'),
      p('89,000 Canadian dollars', 89000, 'CAD'),
      p('69,000 US dollars', 69000),
      o('1.29 US dollars', 1.29),
      p('60,000 Canadian dollars', 60000, 'CAD'),
      p('60,000 US dollars', 60000),
      o('0.73 Canadian dollars', 0.73, 'CAD'),
      p('100,000 Canadian dollar', 100000, 'CAD'),
      o('12 billion US dollars', 12e9),
    ],
  },
];

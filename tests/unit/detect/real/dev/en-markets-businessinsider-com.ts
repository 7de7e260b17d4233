import { c, o, p, type RealCase } from '../labels';

const url =
  'https://markets.businessinsider.com/news/stocks/iris-energy-announces-monthly-investor-update-for-december-2023-1032945689';
const title = 'Iris Energy Announces Monthly Investor Update for December 2023';
const col = 'Dec-23';

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title,
    blocks: [
      'Key Highlights1\n- 4,123 BTC mined in calendar year 2023',
      { text: '5,576', header: col, row: 'Average operating hashrate (PH/s)' },
      { text: '399', header: col, row: 'Bitcoin mined' },
      { text: '17,174', header: col, row: 'Mining revenue (US$’000)' },
      { text: '5,926', header: col, row: 'Electricity costs (US$’000)3' },
      { text: '43,056', header: col, row: 'Revenue per Bitcoin (US$)' },
      { text: '14,858', header: col, row: 'Electricity costs per Bitcoin (US$)' },
    ],
    expect: [o('17,174', 17174000), o('5,926', 5926000), p('43,056', 43056), c('14,858', 14858)],
  },
  {
    url,
    lang: 'en',
    tags: ['prose', 'format'],
    title,
    blocks: [
      {
        heading: 'Mining capacity increased to 10 EH/s',
        text: 'On December 15, 2023, the Company announced the acquisition of 1.6 EH/s of new-generation Bitmain T21 miners for $14/TH4 ($22.3 million), payable in progressive instalments.',
      },
    ],
    expect: [o('$14', 14), o('$22.3 million', 22300000)],
  },
];

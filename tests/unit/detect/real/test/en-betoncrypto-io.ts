import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://betoncrypto.io/bitcoin',
    lang: 'en',
    tags: ['widget', 'label-value', 'format', 'prose'],
    title: 'Bitcoin Price (BTC)',
    blocks: [
      'Bitcoin Price (BTC)',
      { text: '75770513183.63', header: 'Statistics', row: 'Volume' },
      { text: '1940840710518.40', header: 'Statistics', row: 'Marketcap' },
      { text: '19799128.00', header: 'Statistics', row: 'Avail. Supply' },
      'The live price of BTC is $98026.58 USD with a current 24-hour trading volume of $75770513183.63 USD. BTC to USD price is updated in real-time.',
      {
        text: 'In 2011, Bitcoin reached parity with one US dollar in February. By June 2011 its price had shot up to about $31, then it fell hard, to around $2 by November.',
        heading: '2011',
      },
      {
        text: 'In April 2013 the Bitcoin price jumped to about $266 as the press started paying attention. After a mid-year dip it climbed again late in the year, reaching about $1,200 in November.',
        heading: '2013',
      },
      {
        text: 'From 2014 to 2015 the price slid a long way from its late-2013 high, and for most of 2015 it stayed between $200 and $300.',
        heading: '2014-2015',
      },
      {
        text: 'Bitcoin started 2017 at about $1,000 and ended it near $20,000 in December.',
        heading: '2017',
      },
      {
        text: 'After the late-2017 peak the price fell again, hitting a low of around $3,200 in December 2018.',
        heading: '2018-2019',
      },
    ],
    expect: [
      p('$98026.58 USD', 98026.58),
      o('$75770513183.63 USD', 75770513183.63),
      p('one US dollar', 1),
      p('$31', 31),
      p('$2', 2),
      p('$266', 266),
      p('$1,200', 1200),
      p('$200', 200),
      p('$300', 300),
      p('$1,000', 1000),
      p('$20,000', 20000),
      p('$3,200', 3200),
    ],
  },
];

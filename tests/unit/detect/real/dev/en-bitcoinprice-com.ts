import { o, p, type RealCase } from '../labels';

const year = (y: string, close: string) => [
  { text: y, header: 'YEAR' },
  { text: close, header: 'CLOSING PRICE (% RETURN)', row: y },
];

export const cases: RealCase[] = [
  {
    url: 'https://www.bitcoinprice.com/btc-home-draft/',
    lang: 'en',
    tags: ['table', 'widget', 'anaphora'],
    title: 'Bitcoin Price',
    blocks: [
      'All the Bitcoin news that you need',
      '24-Hour Change',
      '24-Hour High',
      '24-Hour Low',
      'Market Cap',
      { text: '$ 0', row: 'S&P 500' },
      { text: '$ 0', row: 'Ethereum' },
      { text: '$ 0', row: 'Gold' },
      { text: '$ 0', row: 'Silver' },
      {
        text: 'Bitcoin Annual Closing Prices and % Returns',
        heading: 'Bitcoin Annual Closing Prices and % Returns',
      },
      {
        text: 'Below is a table of how the USD price of Bitcoin has changed year-to-year, and what percentage return per calendar year this has resulted in.',
        heading: 'Bitcoin Annual Closing Prices and % Returns',
      },
      ...year('2017', '$14,156 (+1942%)'),
      ...year('2016', '$693 (+61%)'),
      ...year('2015', '$430 (+34%)'),
      ...year('2014', '$320 (-58%)'),
      ...year('2013', '$754'),
      {
        text: 'In early April 2013, Bitcoin was trading for as much as $237. Overnight, it fell to just $67. This seventy-plus percent drop hit the market with a lasting effect.',
        heading: 'April 2013 Crash',
      },
    ],
    expect: [
      o('$ 0', 0),
      o('$ 0', 0),
      o('$ 0', 0),
      o('$ 0', 0),
      p('$14,156', 14156),
      p('$693', 693),
      p('$430', 430),
      p('$320', 320),
      p('$754', 754),
      p('$237', 237),
      p('$67', 67),
    ],
  },
];

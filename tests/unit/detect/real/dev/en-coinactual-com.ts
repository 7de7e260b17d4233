import { c, o, p, type RealCase } from '../labels';

const url = 'https://coinactual.com/blog/10-countries-where-bitcoin-mining-is-cheapest';
const title = '10 Countries Where Bitcoin Mining Is Cheapest';
const cost = (row: string, text: string) => ({ header: '1 BTC Extraction Cost', row, text });
const profit = (row: string, text: string) => ({ header: 'Profit', row, text });

export const cases: RealCase[] = [
  {
    url,
    lang: 'en',
    tags: ['cost', 'prose', 'widget'],
    title,
    blocks: [
      { heading: 'Most Read', text: 'Bitcoin Price Rejected at $24,000' },
      'A new study puts a figure on what it costs to produce 1 BTC in 198 countries. According to 911 Metallurgist, Kuwait is the cheapest: producing 1 BTC there costs 1,393 dollars, followed by Algeria with 4,181 dollars and Sudan with 4,779 dollars.',
      'Average electricity in Kuwait costs 3 cents per kWh; in North America, where mining is intense, it is 21 cents.',
    ],
    expect: [
      p('$24,000', 24000),
      c('1,393 dollars', 1393),
      c('4,181 dollars', 4181),
      c('4,779 dollars', 4779),
      o('3 cents', 0.03),
      o('21 cents', 0.21),
    ],
  },
  {
    url,
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title,
    blocks: [
      cost('1 Kuwait', '$ 1,393.95'),
      profit('1 Kuwait', '$ 18,362.58'),
      cost('2 Algeria', '$ 4,181.86'),
      profit('2 Algeria', '$ 15,574.67'),
      cost('10 Kazakhistan', '$ 8,762.00'),
      profit('10 Kazakhistan', '$ 10,994.53'),
    ],
    expect: [
      c('$ 1,393.95', 1393.95),
      o('$ 18,362.58', 18362.58),
      c('$ 4,181.86', 4181.86),
      o('$ 15,574.67', 15574.67),
      c('$ 8,762.00', 8762),
      o('$ 10,994.53', 10994.53),
    ],
  },
];

import { c, o, type RealCase } from '../labels';

const H =
  'Number State Electricity Cost (cents per kWh) Total cost per Bitcoin for Bitmain AntMiner S9 Total cost per Bitcoin for Bitmain AntMiner T9 Total cost per Bitcoin Bitmain AntMiner S7 Average of all three rigs';

export const cases: RealCase[] = [
  {
    url: 'https://paylesspower.com/blog/average-bitcoin-mining-cost-by-state/',
    lang: 'en',
    tags: ['cost', 'table', 'format'],
    title: 'Average Bitcoin Mining Cost by State',
    blocks: [
      'How Much Does It Cost to Mine Bitcoin by State?',
      H,
      { text: '1 Louisiana 9.28 $492.43 $649.11 $1,424.52 $855.35', heading: H },
      { text: '2 Washington 9.56 $507.29 $668.70 $1,467.50 $881.16', heading: H },
    ],
    expect: [
      c('$492.43', 492.43),
      c('$649.11', 649.11),
      c('$1,424.52', 1424.52),
      c('$855.35', 855.35),
      c('$507.29', 507.29),
      c('$668.70', 668.7),
      c('$1,467.50', 1467.5),
      c('$881.16', 881.16),
    ],
  },
  {
    url: 'https://paylesspower.com/blog/average-bitcoin-mining-cost-by-state/',
    lang: 'en',
    tags: ['cost', 'table'],
    title: 'Average Bitcoin Mining Cost by State',
    blocks: [
      { text: '10.1', header: 'Electricity Cost (cents per kWh)', row: 'Connecticut' },
      { text: '$535.95', header: 'Total cost per Bitcoin for Bitmain AntMiner S9', row: 'Connecticut' },
      { text: '$706.47', header: 'Total cost per Bitcoin for Bitmain AntMiner T9', row: 'Connecticut' },
      { text: '$1,550.39', header: 'Total cost per Bitcoin Bitmain AntMiner S7', row: 'Connecticut' },
      { text: '$930.94', header: 'Average of all three rigs', row: 'Connecticut' },
    ],
    expect: [
      o('10.1', 0.101),
      c('$535.95', 535.95),
      c('$706.47', 706.47),
      c('$1,550.39', 1550.39),
      c('$930.94', 930.94),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

const cells = (row: string, cols: string[], values: string[]) =>
  values.map((text, i) => ({ text, header: cols[i], row }));

const before = ['-12 months', '-9 months', '-6 months', '-3 months', '-1 months'];
const after = ['1 month', '3 months', '6 months', '9 months', '12 months'];

export const cases: RealCase[] = [
  {
    url: 'https://bravenewcoin.com/data-and-charts/bitcoin-halving?utm_source=Brave%20New%20Coin%20Newsletters&utm_campaign=f060e043f9-EMAIL_CAMPAIGN_2020_04_06_02_52&utm_medium=email&utm_term=0_d7fa8797a2-f060e043f9-245405633',
    lang: 'en',
    tags: ['table', 'label-value', 'widget'],
    title: 'Bitcoin Halving',
    blocks: [
      'Bitcoin Halving',
      'Price before and after 12 months:',
      'Halving 1 Timestamp: 2012-11-28 15:24:38',
      'USD Price at Halving: $12.45',
      ...cells('USD Price Before Halving', before, ['2.54', '4.86', '5.13', '10.97', '10.69']),
      ...cells('Change', before, ['-388.49%', '-155.83%', '-142.42%', '-13.49%', '-16.36%']),
      ...cells('USD Price After Halving', after, ['13.39', '33.42', '126.24', '95.49', '1,050.39']),
      ...cells('Change', after, ['7.57%', '168.45%', '913.99%', '667.06%', '8336.90%']),
      { text: 'Halving 1 (H1) Block Data', heading: 'Halving 1 (H1) Block Data' },
      { text: '210,000', row: 'Block Height' },
      { text: '2012-11-28 15:24:38', row: 'Timestamp' },
      { text: 'USD $462.7554', row: 'Miners reward' },
      { text: 'Slushpool', row: 'Relayed by' },
      { text: '3,438,908.96', row: 'Difficulty' },
      { text: '457', row: '# of Transactions' },
      { text: 'USD $12.45', row: 'Price' },
      'Halving 2 Timestamp: 2016-07-09 16:46:13',
      'USD Price at Halving: $648.65',
    ],
    expect: [
      p('$12.45', 12.45),
      p('2.54', 2.54),
      p('4.86', 4.86),
      p('5.13', 5.13),
      p('10.97', 10.97),
      p('10.69', 10.69),
      p('13.39', 13.39),
      p('33.42', 33.42),
      p('126.24', 126.24),
      p('95.49', 95.49),
      p('1,050.39', 1050.39),
      o('USD $462.7554', 462.7554),
      p('USD $12.45', 12.45),
      p('$648.65', 648.65),
    ],
  },
];

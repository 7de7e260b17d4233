import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://businesstimes.co.ke/kenya-africa-leading-bitcoin-trader-after-nigeria/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Kenya is Africa’s Leading Bitcoin Trader After Nigeria',
    blocks: [
      'Kenya traded bitcoins worth more than Ksh 6 billion between 2015 and 2020, making it Africa’s second-biggest Bitcoin nation.',
      'The total came to Ksh6.162 billion over 2015-2020. In Africa only Nigeria traded more (Ksh63.154 billion).',
      '2020 saw more bitcoin trading in Kenya than any year before, worth Ksh5.103 billion.',
      'August saw the highest volume of KES trading (Ksh969.153 million).',
    ],
    expect: [
      o('Ksh 6 billion', 6e9, 'KES'),
      o('Ksh6.162 billion', 6.162e9, 'KES'),
      o('Ksh63.154 billion', 63.154e9, 'KES'),
      o('Ksh5.103 billion', 5.103e9, 'KES'),
      o('Ksh969.153 million', 969.153e6, 'KES'),
    ],
  },
];

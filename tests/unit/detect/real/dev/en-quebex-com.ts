import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://quebex.com/bitcoin-continues-to-gain-past-2300-CAD',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin surges to all-time high above $2,300 CAD',
    blocks: [
      'Bitcoin surges to all-time high above $2,300 CAD',
      'Bitcoin’s bull run goes on: a single coin sits at $2,323.86 CAD at 2pm ET on Wednesday, adding $1 billion in market cap in under 24 hours, CoinDesk data show.',
      'The climb has been dizzying; a year ago one coin was worth about $600, it passed $1300 by year-end and then slipped back to the low $1200s in late March.',
    ],
    expect: [
      p('$2,300 CAD', 2300, 'CAD'),
      p('$2,323.86 CAD', 2323.86, 'CAD'),
      o('$1 billion', 1e9),
      p('$600', 600, 'CAD'),
      p('$1300', 1300, 'CAD'),
      p('$1200', 1200, 'CAD'),
    ],
  },
];

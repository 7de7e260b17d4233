import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://googler7ty.com/index.php/2017/10/13/bitcoin-price-soars-to-record-high-as-harry-redknapp-joins-digital-coin-craze/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin price soars to record high as Harry Redknapp joins digital coin craze',
    blocks: [
      'Bitcoin’s price jumped to a record today, with one unit of the volatile cryptocurrency worth more than $5,800 (£4,350).',
      'Friday morning’s high means bitcoin has risen more than fivefold since the start of the year, when the digital currency was worth around $1,000.',
      'It has rebounded on online exchanges over the past month, almost doubling after falling below $3,000 on September 15.',
      'Yet bitcoin has shrugged off the ban with its latest $5,800 peak.',
    ],
    expect: [
      p('$5,800', 5800),
      p('£4,350', 4350, 'GBP'),
      p('$1,000', 1000),
      p('$3,000', 3000),
      p('$5,800', 5800),
    ],
  },
];

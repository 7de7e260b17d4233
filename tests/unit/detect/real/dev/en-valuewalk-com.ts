import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.valuewalk.com/coinbase-tesla-crypto-stocks-plunge-bitcoin/',
    lang: 'en',
    tags: ['prose'],
    title: 'Coinbase, Tesla, other crypto stocks plunge with bitcoin',
    blocks: [
      'Coinbase tumbled more than 8% early on, while Tesla fell about 4%.',
      {
        heading: 'Bitcoin price tumbles',
        text: 'The bitcoin price dropped below $40,000 for the first time in 14 weeks and then slid under $36,000 early this morning, after China told financial institutions on Tuesday not to handle crypto transactions.',
      },
    ],
    expect: [p('$40,000', 40000), p('$36,000', 36000)],
  },
];

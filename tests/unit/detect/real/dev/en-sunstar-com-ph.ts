import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sunstar.com.ph/article/164135/filipinos-urged-to-invest-in-cryptocurrency',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Filipinos urged to invest in cryptocurrency',
    blocks: [
      'He pointed to bitcoin, which first sold at P5 per coin when it appeared seven years ago and is now worth more than P250,000 per coin.',
    ],
    expect: [p('P5', 5, 'PHP'), p('P250,000', 250000, 'PHP')],
  },
];

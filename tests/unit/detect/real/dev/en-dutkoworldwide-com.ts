import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.dutkoworldwide.com/bitcoin-in-nigeria/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin in Nigeria',
    blocks: [
      {
        heading: 'Bitcoin price in Nigeria',
        text: 'Bitcoin’s price hit a record high on Sunday at over $58000, then corrected to $45000 on Tuesday. It now trades around $50000, up .60%. In Nigeria the Bitcoin price went above $68000 on Wednesday, because of the naira’s exchange rate to the dollar.',
      },
    ],
    expect: [p('$58000', 58000), p('$45000', 45000), p('$50000', 50000), p('$68000', 68000)],
  },
];

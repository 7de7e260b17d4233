import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://exchangescrypto.de/s/en/Bitcoin+Price+Statistics/19841',
    lang: 'en',
    tags: ['table', 'prose', 'anaphora'],
    title: 'Bitcoin Price Statistics: Trends and Insights',
    blocks: [
      { text: '$1', header: 'Price Milestone', row: '2010' },
      { text: '$1,000', header: 'Price Milestone', row: '2013' },
      { text: '$10,000', header: 'Price Milestone', row: '2017' },
      { text: '$64,000', header: 'Price Milestone', row: '2021' },
      'The first big crash came in early 2014, when it fell to around $300 after Mt. Gox collapsed. It recovered and set a new all-time high of $19,783 in December 2017.',
      'In late 2020 and early 2021, Bitcoin ran from around $10,000 to over $60,000 as MicroStrategy, Tesla and Square bought in.',
    ],
    expect: [
      p('$1', 1),
      p('$1,000', 1000),
      p('$10,000', 10000),
      p('$64,000', 64000),
      p('$300', 300),
      p('$19,783', 19783),
      p('$10,000', 10000),
      p('$60,000', 60000),
    ],
  },
];

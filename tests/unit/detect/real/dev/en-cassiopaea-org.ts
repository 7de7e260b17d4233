import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cassiopaea.org/forum/threads/role-of-crypto-cybercurrencies-in-the-ptbs-loss-of-control.50267/post-1243628',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      'The 2,000MW allocation is a large share of Pakistan’s estimated 10,000 - 15,000MW surplus, much of it the result of expensive power purchase agreements whose capacity charges cost the government around $5.3 billion a year and could reach $9 billion if the energy stays idle.',
      {
        heading: 'Economic potential',
        text: '- ASIC mining hardware (specialised Bitcoin mining machines) could cost around $400–500 million.',
      },
      {
        heading: 'Economic potential',
        text: '- Cooling, grid upgrades, security and data centre construction may need another $300–$400 million.',
      },
    ],
    expect: [
      o('$5.3 billion', 5.3e9),
      o('$9 billion', 9e9),
      o('$400', 400e6),
      o('500 million', 500e6),
      o('$300', 300e6),
      o('$400 million', 400e6),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocknuggets.com/news/power-of-laughter-in-daily-life',
    lang: 'en',
    tags: ['forum', 'format', 'anaphora'],
    blocks: [
      'A hot topic is brewing on user boards, as members voice wildly differing predictions for Bitcoin’s price in the coming days. Posts feature claims ranging from $210,000 in 44 days to mere $42 in 204,000 days, igniting heated discussions among people.',
      'Many comments suggest optimism, but there\'s skepticism too. One user exclaimed, "I’m the LOWEST IQ HOLDER and I say it’s going to $210,000 in 44 days!"',
      '"I predict we’re back up over 95k by end of month!"',
      '"Giving pump targets while Bitcoin is crashing is the most annoying thing on the planet."',
    ],
    expect: [p('$210,000', 210000), p('$42', 42), p('$210,000', 210000), p('95k', 95000)],
  },
];

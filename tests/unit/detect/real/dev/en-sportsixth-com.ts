import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sportsixth.com/?p=5417',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Why Standard Chartered Sees Bitcoin Blasting Past $120K Toward $200K',
    blocks: [
      'Why Standard Chartered Sees Bitcoin Blasting Past $120K Toward $200K',
      'Standard Chartered has repeated a very bullish Bitcoin call, projecting the top cryptocurrency could reach $120,000 in the second quarter of 2025. Analyst Geoffrey Kendrick also expects a climb toward $200,000 before that year is out.',
      'Current Standing & ATH Potential: Now trading near $95,000, about seven times its November 2022 low, Bitcoin has recovered strongly. Hitting the projected $120,000 mark in Q2 would be a new all-time high, opening the way to the targeted $200,000 milestone by the end of 2025, in the bank’s view.',
    ],
    expect: [
      p('$120K', 120000),
      p('$200K', 200000),
      p('$120,000', 120000),
      p('$200,000', 200000),
      p('$95,000', 95000),
      p('$120,000', 120000),
      p('$200,000', 200000),
    ],
  },
];

import { p, type RealCase } from '../labels';

// Podcast-directory page carrying a Bitcoin newsletter's episode notes: a consolidation range,
// support/resistance levels written as "$a - $b" ranges, and a 200-day SMA level.
export const cases: RealCase[] = [
  {
    url: 'https://eachpod.com/podcasts/bitcoin-news-digest-podcast-GwDhI/the-week-that-was-8cK2Cmt',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'The Week That Was',
    blocks: [
      {
        text: 'Current Price & Consolidation: Bitcoin has been trading in a tight range, mainly between $107,000 and $113,000, and struggling to hold above the key $110,000 level. A brief loss of $110,000 support was largely reclaimed.',
        heading: "1. Bitcoin's Price Action: Coiled for Expansion Amidst Fragile Equilibrium",
      },
      'Key Resistance & Support: Immediate resistance sits at $112,500 - $114,000, with a bigger hurdle at $117,000. Support zones are $107,000 and the major level of $100,000 - $101,300 (200-day SMA).',
    ],
    expect: [
      p('$107,000', 107000),
      p('$113,000', 113000),
      p('$110,000', 110000),
      p('$110,000', 110000),
      p('$112,500', 112500),
      p('$114,000', 114000),
      p('$117,000', 117000),
      p('$107,000', 107000),
      p('$100,000', 100000),
      p('$101,300', 101300),
    ],
  },
];

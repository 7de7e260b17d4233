import { o, p, type RealCase } from '../labels';

// Page of a long-running "Bitcoin and crypto" thread on a small community forum. Posts give loose
// ranges ("$100-150k", "$20-35k"); the long post never names Bitcoin, and "$10k" is a shift, not a level.
export const cases: RealCase[] = [
  {
    url: 'https://christisking.cc/threads/bitcoin-and-crypto-thread.39/page-26',
    lang: 'en',
    tags: ['forum', 'anaphora', 'format', 'change'],
    title: 'Bitcoin and crypto thread',
    blocks: [
      'Is everyone still thinking 2025 for the BTC top and it being around $100-150k? Or are people now thinking it comes this year, with lower or higher figures?',
      'Yes. Same as Chance and probably Blade too. The ETF looks like it has added a lot of support to BTC price. There should probably have been a bigger sell-off in the post-listing dip, but it has held up well.',
      'Going back to Jan 2023, I was seeing mostly trading between $20-35k last year. That held until the ETF rumours grew and took it up to $48k. Also going back to Jan 2023, I saw it mostly trading between $30k and $50k this year, with a run late in the year, probably to a new ATH. That has also folded under ETF pressure. Probably up those $10k. I could see $100k at the end of the year.',
      'It is a wildcard how much the ETF could pump it. There could be huge FOMO from boomers moving traditional assets over.',
      'I also see a lot of people dumping tired old coins like ADA right now and rotating into fresher coins like ALPH and KAS.',
    ],
    expect: [
      p('$100', 100000),
      p('150k', 150000),
      p('$20', 20000),
      p('35k', 35000),
      p('$48k', 48000),
      p('$30k', 30000),
      p('$50k', 50000),
      o('$10k', 10000),
      p('$100k', 100000),
    ],
  },
];

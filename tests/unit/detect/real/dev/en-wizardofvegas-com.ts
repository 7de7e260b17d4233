import { p, type RealCase } from '../labels';

// Member article on a gambling forum, quoting the writer's own 2017 post and updating it; levels with
// "(US)" / "(USD)" after the amount and "per BTC".
export const cases: RealCase[] = [
  {
    url: 'https://wizardofvegas.com/articles/bitcoin-crash/',
    lang: 'en',
    tags: ['forum', 'prose', 'anaphora'],
    title: 'Bitcoin Crash',
    blocks: [
      'Posted by Mission146, Jun 20, 2022',
      'Let us see where we were back in May of 2017, from the article:',
      'Currently, Bitcoin is at an all-time high having cleared a valuation of slightly over $2,000 (US) for every one Bitcoin. New Bitcoins are still being "mined" every day, though at a decreasing rate by design.',
      'At the time, BTC holding a value over $2,000 was pretty big news. As of this writing, Bitcoin is valued at $19,608 (USD), a gain of more than 9.8x since the previous article, but for those who do not follow it, this number is a steep drop from the all-time high.',
      'In November of 2021, this cryptocurrency peaked at a valuation of around $64,400 per BTC, an increase of 32.2x, so anyone who bought when the last article went up and sold near that date did very well.',
    ],
    expect: [p('$2,000', 2000), p('$2,000', 2000), p('$19,608', 19608), p('$64,400', 64400)],
  },
];

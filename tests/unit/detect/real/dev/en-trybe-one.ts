import { p, type RealCase } from '../labels';

// A podcast transcript: levels in words and half-words ("3 thousand dollar", "nearly twenty", "just over 4k").
export const cases: RealCase[] = [
  {
    url: 'https://trybe.one/so-you-bought-bitcoin-at-the-all-time-high/',
    lang: 'en',
    tags: ['format', 'anaphora', 'prose'],
    title: 'So You Bought Bitcoin At The All Time High',
    blocks: [
      'Welcome to Two Minute Crypto. Today’s episode is about investors who bought Bitcoin at or near its all-time highs and now sit on very heavy losses.',
      'Let’s very briefly unpack the absurdity of holding a 3 thousand dollar Bitcoin bought at nearly twenty. On Oct 1ST, 2017 BTC was trading at just over 4k; by Dec 1ST it had peaked at 20 thousand dollars. It has since been a slow grind back down to pre-Oct 2017 levels.',
    ],
    expect: [
      p('3 thousand dollar', 3000),
      p('twenty', 20000),
      p('4k', 4000),
      p('20 thousand dollars', 20000),
    ],
  },
];

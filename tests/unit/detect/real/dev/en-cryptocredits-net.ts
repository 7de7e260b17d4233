// Monthly-returns recap: an April high and low written "USD 64,500" / "USD 47,300" and a close written "$ 58,193"
// with a space after the sign, all BTC levels among return percentages.
import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.cryptocredits.net/bitcoin-records-its-first-red-april-in-six-years-explica-co/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin records its first ‘red April’ in six years',
    blocks: [
      'Key facts:',
      'April is historically the second-best month for bitcoin returns.',
      'By the end of April 2021, bitcoin was up 94% for the year.',
      'Last Friday the 30th, bitcoin posted its first April close in the red since 2016. Since 2013 there have been 6 green April closes and 3 red ones, this year included.',
      'The April chart shows that, despite the swing between the all-time high of USD 64,500 on April 14 and the local low of USD 47,300 on April 18, the month closed very near where it opened. The April return was -1.9%, with a close of $ 58,193.',
      'Even after the April pullback, the steepest of the four corrections so far in 2021, bitcoin’s return over the first four months is 98%.',
    ],
    expect: [p('USD 64,500', 64500), p('USD 47,300', 47300), p('$ 58,193', 58193)],
  },
];

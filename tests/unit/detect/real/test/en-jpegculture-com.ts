import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://jpegculture.com/cleanspark-eyes-expansion-plans-ahead-of-bitcoin-halving/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    blocks: [
      'According to statements provided by CleanSpark Inc., the U.S.-based Bitcoin mining company doubled the number of Bitcoin mined last quarter compared with Q2 of last year, but its revenue increased only 14%.',
      'CleanSpark’s CFO Gary A. Vecchiarelli said that the stunted revenue growth was largely a result of low Bitcoin prices.',
      '“Our revenue per Bitcoin this quarter was approximately $22,700 whereas last year, our revenue per Bitcoin was over $41,000,” Vecchiarelli said in a conference call.',
    ],
    expect: [p('$22,700', 22700), p('$41,000', 41000)],
  },
];

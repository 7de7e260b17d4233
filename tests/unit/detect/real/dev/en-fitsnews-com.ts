import { o, p, type RealCase } from '../labels';

// A reader's letter to the editor (2013) with a one-line reply below it: gold and Bitcoin quoted side by
// side in the same format, then the dollar value of one mBTC (a fraction of a coin).
export const cases: RealCase[] = [
  {
    url: 'https://www.fitsnews.com/2013/12/05/letter-bitcoin/',
    lang: 'en',
    tags: ['forum', 'prose'],
    title: 'Letter: On Bitcoin',
    blocks: [
      'Letter: On Bitcoin',
      'Dear Editor,',
      'Gold trades at $1240. Bitcoin is trading at $1214.',
      'Now that it has reached the price of gold, one site compares the micro Bitcoin, mBTC, to the dollar. 1 mBTC is worth $1.21 today.',
      'Bitcoin is popular because it can’t be inflated, it can’t be taxed, it lets users stay anonymous, and its transfer fees are a fraction of a Visa card’s.',
      '-Britton Sprouse',
      'Yup … Go Bitcoin! Screw the federal money printers.',
    ],
    expect: [o('$1240', 1240), p('$1214', 1214), o('$1.21', 1.21)],
  },
];

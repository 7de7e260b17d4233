import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.fxleaders.com/news/2024/05/30/bitcoin-finds-no-reprieve-will-the-expiry-of-over-4-5-options-contract-support-btc-bulls/',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Finds No Reprieve: Will The Expiry Of Over $4.5 Options Contract Support BTC Bulls?',
    blocks: [
      'Bitcoin Finds No Reprieve: Will The Expiry Of Over $4.5 Options Contract Support BTC Bulls?',
      'Bitcoin keeps printing lower lows on the daily chart. If bears keep pushing today, the May 20 gains could be erased, raising the odds of a break below $66,000. Above, $72,000 would again have turned back the bulls.',
      'As this is written, sellers are in control and BTC changes hands at around $67,100. Volume over the past day has shrunk to $27 billion.',
      '• Over $4.5 billion of options expire today, mostly calls from traders who expected prices above the $70,000 level by month-end. Analysts see $65,000 as the “max pain point”.',
      {
        heading: 'Bitcoin Price Analysis',
        text: 'Immediate support is $66,000, the May 20 lows; resistance is $72,000. For buyers to take over, prices must break $72,000, after which BTC could float to $73,800.',
      },
    ],
    expect: [
      o('$4.5', 4.5),
      p('$66,000', 66000),
      p('$72,000', 72000),
      p('$67,100', 67100),
      o('$27 billion', 27e9),
      o('$4.5 billion', 4.5e9),
      p('$70,000', 70000),
      p('$65,000', 65000),
      p('$66,000', 66000),
      p('$72,000', 72000),
      p('$72,000', 72000),
      p('$73,800', 73800),
    ],
  },
];

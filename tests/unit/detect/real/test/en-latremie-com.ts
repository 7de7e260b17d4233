import { p, type RealCase } from '../labels';

// Blog rewrite of a weekly-close preview: a Fibonacci "key level of the week" and the 50-week EMA's
// value, both BTC price levels quoted from traders.
export const cases: RealCase[] = [
  {
    url: 'https://latremie.com/archives/5831',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin Faces Crucial Weekly Close as Key Price Levels Hang in the Balance',
    blocks: [
      'Bitcoin (BTC) is heading into an important weekly close, with several critical price levels at stake as whales keep selling and indicators send mixed signals.',
      {
        text: 'Trader Titan of Crypto flagged a “key level of the week” at $103,500, based on Fibonacci retracements: “A weekly close below isn’t dramatic, but a confirmed breakdown next week would signal the bull market is likely over.”',
        heading: 'BTC Price Inches Within Narrow Range Ahead of Weekly Close',
      },
      'Others stressed closing above the 50-week exponential moving average (EMA), now at about $100,940. “We don’t want a weekly close below this at any cost,” trader Max Crypto warned.',
    ],
    expect: [p('$103,500', 103500), p('$100,940', 100940)],
  },
];

import { p, type RealCase } from '../labels';

// A Stocktwits message: the "$BTC.X" cashtag is not an amount; "$200K" and "$1M" are price targets.
export const cases: RealCase[] = [
  {
    url: 'https://stocktwits.com/MJG1973/message/183151380',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      '$BTC.X Some smart people are calling for prices like $200K, $1M or higher. It\'s tempting to write them off as "Bitcoin fanatics" (I am guilty of this). Until you start to do the math. The economic modeling. The first thing you think is "I must have done the math wrong". Try it. Use conservative assumptions like only a 5% increase in annual demand. But remember 86% of all Bitcoin is already in circulation, so new supply is nearly gone.',
    ],
    expect: [p('$200K', 200000), p('$1M', 1e6)],
  },
];

import { o, p, type RealCase } from '../labels';

// A comment correcting another poster's halving-timing trades, one line per trade:
// "sell 317.5 BTC @ $571 = $181,270" — the @ price is per coin, the total after "=" is a sum.
export const cases: RealCase[] = [
  {
    url: 'https://234546.t2m1cb0v.asia/pub/452066',
    lang: 'en',
    tags: ['forum', 'format'],
    blocks: [
      'The fourth trade should be on 1/19/2018, when BTC was "only" $11,500. But the 7% gain since you posted this a day ago fixed most of the error for you.',
      '05/28/2014 sell 317.5 BTC @ $571 = $181,270',
      '07/09/2015 buy 676.4 BTC @ $268 = $181,270',
      '01/19/2018 sell 676.4 BTC @ $11,498 = $7,777,687',
      '05/11/2019 buy 1071.6 BTC @ $7258 = $7,777,687',
      '03/01/2021 hold 1071.6 BTC @ $49,593 = $48,135,288',
      '11/28/2011 buy 317.5 BTC @ $3 = $1000',
      'I am not trying to nitpick your numbers, just checking for hindsight bias. Would this plan have looked appealing in 2011? Why sell one year before the halving and buy 1.5 years after? Try other combinations and see whether they beat plain buy and hold.',
    ],
    expect: [
      p('$11,500', 11500),
      p('$571', 571),
      o('$181,270', 181270),
      p('$268', 268),
      o('$181,270', 181270),
      p('$11,498', 11498),
      o('$7,777,687', 7777687),
      p('$7258', 7258),
      o('$7,777,687', 7777687),
      p('$49,593', 49593),
      o('$48,135,288', 48135288),
      p('$3', 3),
      o('$1000', 1000),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptorians.io/bitcoin-miners-marathon-riot-cleanspark-increase-btc-output-in-september/?amp=1',
    lang: 'en',
    tags: ['widget', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin miners Marathon, Riot, CleanSpark increase BTC output in September',
    blocks: [
      'News',
      '$27,707 miners Marathon Digital, Riot Platforms and CleanSpark posted strong Bitcoin production gains in September, giving their shares a small lift on Oct. 4.',
      'Their balance sheets also firmed even though Bitcoin’s price spent another month drifting sideways, between the $25,100 and $28,500 mark.',
      'Marathon’s balance sheet holds 13,726 unrestricted BTC and $101 million in unrestricted cash and equivalents, totaling $471.2 million.',
      'Its stock rose 3.29% to $7.54 on Oct. 4, Google Finance data show.',
    ],
    expect: [
      p('$27,707', 27707),
      p('$25,100', 25100),
      p('$28,500', 28500),
      o('$101 million', 101e6),
      o('$471.2 million', 471.2e6),
      o('$7.54', 7.54),
    ],
  },
];

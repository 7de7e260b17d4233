import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fastcrypto.trade/bitcoin-miners-marathon-riot-cleanspark-increase-btc-output-in-september',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin miners Marathon, Riot, CleanSpark increase BTC output in September',
    blocks: [
      'Bitcoin miners Marathon Digital, Riot Platforms, and CleanSpark recorded strong production increases in September, leading to a small boost in share prices on Oct. 4.',
      'The firms’ balance sheets also strengthened despite Bitcoin’s price (BTC) recording another month of sideways movement — hovering between the $25,100 and $28,500 mark.',
      'The firm’s balance sheet shows 13,726 unrestricted BTC and $101 million in unrestricted cash and cash equivalents — totaling $471.2 million.',
      'The firm’s share price increased 3.29% to $7.54 on Oct. 4, according to Google Finance.',
    ],
    expect: [
      p('$25,100', 25100),
      p('$28,500', 28500),
      o('$101 million', 101e6),
      o('$471.2 million', 471.2e6),
      o('$7.54', 7.54),
    ],
  },
];

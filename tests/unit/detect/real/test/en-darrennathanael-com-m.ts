import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://r.darrennathanael.com/r/CryptoEquities/comments/xhn643/hashprice_index_a_useful_metric_for_miner_industry',
    lang: 'en',
    tags: ['forum', 'cost', 'format'],
    title: 'Hashprice index - a useful metric for miner industry : r/CryptoEquities',
    blocks: [
      "u/FlawlessMosquito Sep 18 '22",
      'Hashprice is what 1 TH/s of hashing power is expected to earn per day. At the moment it is $0.0784.',
      'It reflects BTC price and difficulty, not power prices. 1TH uses about 0.72 KWH a day, or around $0.025/day depending on your rate and machine.',
      'An exahash is a million times that, so hashprice for an exahash is currently $78,400 / EH / day, and it would burn 720 MWH or $25,000/day in power.',
    ],
    expect: [
      o('$0.0784', 0.0784),
      o('$0.025/day', 0.025),
      o('$78,400 / EH / day', 78400),
      o('$25,000/day', 25000),
    ],
  },
];

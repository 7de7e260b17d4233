import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinlive.com/ja/news-flash/656070',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'According to Cointelegraph, Bitcoin (BTC) miners are cutting costs and adding artificial intelligence (AI) work to cope with the network’s April halving. The newest Q3 mining report from asset manager CoinShares shows how unevenly miners have fared as the cost and difficulty of mining BTC rise.',
      'The April halving cut rewards from 6.25 BTC to 3.125 BTC per block, sharply raising the cash cost of mining one Bitcoin.',
      'CoinShares puts the average cost to produce one Bitcoin across listed miners at $49,500 on Q2 cash-cost data, up from $47,200 in Q1, which still leaves most miners profitable at current prices. Cormint and TeraWulf are among the cheapest producers, with electricity costs of about $15,000 and $19,000 per BTC mined. Others pay more than $20,000, and some, including Marathon Digital Holdings and Hive Digital, spend over $40,000 per BTC.',
      'The report suggests thinner mining margins may be pushing companies to diversify into AI. Hive, for example, invested $66 million in Nvidia graphics processing units (GPUs).',
    ],
    expect: [
      c('$49,500', 49500),
      c('$47,200', 47200),
      c('$15,000', 15000),
      c('$19,000', 19000),
      c('$20,000', 20000),
      c('$40,000', 40000),
      o('$66 million', 66e6),
    ],
  },
];

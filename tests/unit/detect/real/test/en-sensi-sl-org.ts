import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://sensi-sl.org/bitcoin-miners-marathon-riot-cleanspark-increase-btc-output-in-september',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Bitcoin miners Marathon, Riot, CleanSpark increase BTC output in September',
    blocks: [
      'Bitcoin mining firms Marathon Digital, Riot Platforms, and CleanSpark saw a significant increase in Bitcoin production in September, resulting in a slight boost in their share prices on October 4th. This happened despite Bitcoin’s price remaining relatively stable during the month, fluctuating between $25,100 and $28,500.',
      'The company has produced a total of 8,610 BTC year-to-date and holds 13,726 unrestricted BTC and $101 million in unrestricted cash and cash equivalents on its balance sheet.',
      'CEO Jason Les highlighted that this contract has been a strong revenue source for the firm, earning them $11 million in Power Credits and $2.5 million in Demand Response Credits.',
    ],
    expect: [
      p('$25,100', 25100),
      p('$28,500', 28500),
      o('$101 million', 101e6),
      o('$11 million', 11e6),
      o('$2.5 million', 2.5e6),
    ],
  },
];

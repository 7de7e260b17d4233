import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://newfoundtimes.com/bitcoin-mining-firms-boost-production-and-profits-in-september/',
    lang: 'en',
    tags: ['prose', 'format'],
    title: 'Bitcoin mining firms boost production and profits in September',
    blocks: [
      'Bitcoin mining companies Marathon Digital, Riot Platforms, and CleanSpark reported strong increases in Bitcoin output and revenue in September, despite the sideways movement of the cryptocurrency’s price.',
      { text: 'Marathon Digital: Record Share of Bitcoin Miner Rewards', heading: 'Marathon Digital' },
      'Marathon’s balance sheet showed 13,726 unrestricted BTC and $101 million in unrestricted cash and cash equivalents, totaling $471.2 million. The firm’s share price rose 3.29% to $7.54 on Oct. 4, according to Google Finance.',
      { text: 'Riot Platforms: Strategic Power Strategy Pays Off', heading: 'Riot Platforms' },
      'Riot CEO Jason Les said the power contract remained a strong revenue source for the firm, which received $11 million in power credits in September.',
    ],
    expect: [
      o('$101 million', 101e6),
      o('$471.2 million', 471.2e6),
      o('$7.54', 7.54),
      o('$11 million', 11e6),
    ],
  },
];

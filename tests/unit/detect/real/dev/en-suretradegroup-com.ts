import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://suretradegroup.com/coinshares-reports-riot-blockchain-cleanspark-and-terawulf-optimally-positioned-for-bitcoin-halving/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'CoinShares has, in its latest statement, estimated the cost incurred to produce Bitcoin to average $37,856 post-halving. The publication hails Riot Blockchain, CleanSpark, and TeraWulf for their readiness to handle the spike in mining costs after the April halving event.',
      'The Analysis completed by the asset manager CoinShares predicts the production and cash costs to surge from $16,800 and $25,000 incurred in 2023’s third quarter to test $27,900 and $37.800, respectively. As such, the production cost for miners after the Bitcoin halving will rise to $37,856.',
      {
        heading: 'Loss Looming If Bitcoin Slips Below $40,000',
        text: 'CoinShare Analysis considers a price level of $40,000 as the base level after the halving event. A downtrend below the $40,000 base price would imply that firms are eating into the runway.',
      },
    ],
    expect: [
      c('$37,856', 37856),
      c('$16,800', 16800),
      c('$25,000', 25000),
      c('$27,900', 27900),
      c('$37.800', 37800),
      c('$37,856', 37856),
      p('$40,000', 40000),
      p('$40,000', 40000),
    ],
  },
];

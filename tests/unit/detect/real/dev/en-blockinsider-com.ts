import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blockinsider.com/crypto/riot-platforms-q2-deficit-expands-to-84-4m-amplifies-bitfarms-shareholding/',
    lang: 'en',
    tags: ['cost', 'prose', 'label-value'],
    blocks: [
      {
        heading: 'Key Points',
        text: '- Riot Platforms’ Q2 losses increased to $84.4 million due to rising operational costs and the impact of the Bitcoin halving event.',
      },
      'The Q2 2024 loss is nearly triple the $27.4 million loss reported in Q2 2023. The main reason for this increase is the sale of Bitcoin holdings to cover operational costs, and other general and administrative costs totaling $61.2 million, a threefold increase from Q2 2023.',
      {
        heading: 'Revenue and Bitcoin Production',
        text: 'The company also reported a 52% decrease in Bitcoin production, falling to 844 BTC from 1,775 BTC quarter over quarter. The halving event and increased network difficulty resulted in a rise in the average direct cost to mine Bitcoin, which increased to $25,327 from $5,734 per Bitcoin in the second quarter of 2023. Riot also doubled its hashrate to 22 EH/s and expects its self-mining hashrate to surge to 36 EH/s by the end of 2024.',
      },
    ],
    expect: [
      o('$84.4 million', 84400000),
      o('$27.4 million', 27400000),
      o('$61.2 million', 61200000),
      c('$25,327', 25327),
      c('$5,734', 5734),
    ],
  },
];

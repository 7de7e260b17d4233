import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocksbridge.substack.com/p/miner-weekly-q2-special-1309449',
    lang: 'en',
    tags: ['cost', 'anaphora', 'format'],
    title: 'Miner Weekly: Q2 Special',
    blocks: [
      'Miner Weekly: Q2 Special',
      'Production costs, general and interest expenses all rose in Q2. Debt financing is slowing while equity raises pick up again.',
      {
        text: 'Q2 was rough for public bitcoin miners: 18 of them sold more than 21K BTC, 660% of what they sold in Q1 and ~150% of their Q2 output.',
        heading: 'Highlights of the Week',
      },
      'Worse than shrinking revenue is the rising cost of production, plus general and interest expenses. Together they make up the total cost of producing one bitcoin.',
      'Q2 figures from eight public miners that have filed full statements show their average cost of production, general and interest expenses per bitcoin mined jumped 22% from Q1. They account for ~10% of network hashrate.',
      'At the low end were HIVE, Riot and CleanSpark, each at ~$16k per BTC mined in Q2. That covers raw production cost (energy/hosting bills, maintenance, technicians), general expenses (exec payroll, professional fees, insurance, etc) and interest on outstanding loans.',
      'At the high end was Stronghold Digital at ~$45k, given its heavy general and interest expenses — hence the debt restructuring story below.',
      "Q2 cash flow statements also suggest debt financing is slowing for these eight miners while equity rose again; Q2 offerings were nearly 4X Q1's. Outstanding loans (current+long-term) held at ~$1.2 billion as of June 30.",
    ],
    expect: [c('$16k', 16000), c('$45k', 45000), o('$1.2 billion', 1.2e9)],
  },
];

import { p, type RealCase } from '../labels';

// "average cost per coin" is MicroStrategy's purchase price, not a mining cost.
export const cases: RealCase[] = [
  {
    url: 'https://forklog.com/en/news/coinbase-and-microstrategy-shares-slump-as-bitcoin-slides-toward-30000',
    lang: 'en',
    tags: ['prose', 'anaphora'],
    title: 'Coinbase and MicroStrategy shares slump as Bitcoin slides toward $30,000',
    blocks: [
      'Coinbase and MicroStrategy shares slump as Bitcoin slides toward $30,000',
      'On Monday Bitcoin lost almost 12% and the Nasdaq slipped 4.3%.',
      'The 129,218 BTC MicroStrategy held the day before were now worth less than it paid for them (the average cost per coin is about $30,700).',
      'Nasdaq-100 futures gained 1.6% and Bitcoin climbed back to $31,750 at the time of writing.',
    ],
    expect: [p('$30,000', 30000), p('$30,700', 30700), p('$31,750', 31750)],
  },
];

import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://collectiveshift.io/on-chain-analysis-keeping-it-simple/',
    lang: 'en',
    tags: ['cost', 'prose', 'format'],
    title: 'On-chain Analysis: Keeping it Simple',
    blocks: [
      'The question for today: what does it cost to mine a Bitcoin?',
      'I read the output of this log-log regression as Bitcoin’s all-in sustaining cost, since every variable is already baked into the difficulty puzzle.',
      'My estimate is an average cost of $15.88K to mine 1 BTC, across every kind of hardware on the network, from the newest S19 Pro to the old S9 workhorse.',
    ],
    expect: [c('$15.88K', 15880)],
  },
];

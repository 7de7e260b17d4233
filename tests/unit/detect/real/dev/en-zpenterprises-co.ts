import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://zpenterprises.co/how-much-does-it-cost-to-mine-1-bitcoin',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'How much does it cost to mine 1 Bitcoin?',
    blocks: [
      'JPMorgan strategists may have just called Bitcoin’s bottom price. Others suggest there’s still more pain ahead.',
      'In a recent report by Decrypt, investment bank JPMorgan estimates that the production cost to mine one Bitcoin has dropped from $24,000 at the start of June to just $13,000.',
      'According to the New York-based bank, Bitcoin’s bottom could be a lowly $13,000, marking a 45% drop from today’s prices.',
      'Last month, publicly traded Bitcoin miner Core Scientific Inc. sold nearly 7,000 Bitcoin at an average price of $23,000. Similarly, Algo Blockchain sold roughly $15.6 million in the leading cryptocurrency to cover costs.',
    ],
    expect: [
      c('$24,000', 24000),
      c('$13,000', 13000),
      p('$13,000', 13000),
      p('$23,000', 23000),
      o('$15.6 million', 15.6e6),
    ],
  },
];

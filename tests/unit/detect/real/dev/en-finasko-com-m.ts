import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finasko.com/stories/how-much-does-it-cost-to-mine-1-bitcoin/',
    lang: 'en',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'How Much Does It Cost To Mine 1 Bitcoin?',
    blocks: [
      'How Much Does It Cost To Mine 1 Bitcoin?',
      'According to JPMorgan, producing one Bitcoin now costs about $13,000, down from $24,000 at the start of June.',
      'The New York bank thinks Bitcoin could bottom as low as $13,000, some 45 percent under current levels.',
      'MacroMicro’s numbers, by contrast, still put the production cost near $17,700.',
    ],
    expect: [c('$13,000', 13000), c('$24,000', 24000), p('$13,000', 13000), c('$17,700', 17700)],
  },
];

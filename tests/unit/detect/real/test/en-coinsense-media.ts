import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://coinsense.media/?p=7467',
    lang: 'en',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin hits all-time high against the Canadian dollar',
    blocks: [
      'Bitcoin (BTC) now trades at a record against the Canadian dollar, about seventeen months after the prime minister called crypto an “irresponsible” investment.',
      'The asset jumped to over $91,500 CAD at Monday’s market open, beating its previous record of $86,954 from November 10, 2021. Ten months after that, a wave of corporate crypto failures sent BTC back down to $26,000 CAD.',
      'Despite the US dollar’s own inflation troubles, the Canadian dollar has slid against it from $1.25 to $1.35 apiece since November.',
    ],
    expect: [
      p('$91,500 CAD', 91500, 'CAD'),
      p('$86,954', 86954, 'CAD'),
      p('$26,000 CAD', 26000, 'CAD'),
      o('$1.25', 1.25, 'CAD'),
      o('$1.35', 1.35, 'CAD'),
    ],
  },
];

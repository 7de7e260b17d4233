import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.android-mt.com/news/bitcoin-ce-paradoxe-qui-peut-vous-couter-cher/148529/',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin : ce paradoxe qui peut vous coûter cher',
    blocks: [
      "Un Bitcoin calé autour de 30K, un Ethereum au-dessus de 2 000 $ : c'est la fête, non ? Quand le Bitcoin est tombé à 15 000$ en janvier 2023, beaucoup pariaient sur une chute encore plus profonde.",
      'Ceux qui attendent un Bitcoin à 10 000 $ peuvent toujours attendre',
      'Beaucoup, après avoir raté le train à 15 000, guettaient un achat à 10 000, puis quand il est revenu vers 18 000 pendant des semaines, ils ont cru le train passé.',
      'Avec un BTC à 30K, une rechute à 10K dans ce cycle paraît peu probable. Rappelons que la crypto a culminé à 64 000$ en novembre 2021.',
    ],
    expect: [o('2 000 $', 2000), p('15 000$', 15000), p('10 000 $', 10000), p('64 000$', 64000)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.pressreader.com/france/le-figaro-magazine/20180309/283283163191155',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'LA BANQUE DE FRANCE MET EN GARDE CONTRE LE BITCOIN',
    blocks: [
      'LA BANQUE DE FRANCE MET EN GARDE CONTRE LE BITCOIN',
      'Ces actifs « sont hautement spéculatifs et leurs cours peuvent à tout moment s’effondrer », avertit la Banque de France. L’évolution du cours du bitcoin, qui a brièvement atteint\n\n20 000 dollars en décembre, avant de retomber à un peu plus de 6 000 $ en février, rappelle étrangement celui du bulbe de tulipe entre 1634 et 1637 !',
    ],
    expect: [p('20 000 dollars', 20000), p('6 000 $', 6000)],
  },
];

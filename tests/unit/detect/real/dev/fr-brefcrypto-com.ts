import { o, p, type RealCase } from '../labels';

const url = 'https://brefcrypto.com/bitcoin-strategy-reserve-1-229-btc';
const title = 'Bitcoin : Strategy ajoute 1 229 BTC à sa réserve';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Strategy, la société de Michael Saylor, vient d’ajouter 1 229 BTC à sa réserve bitcoin, pour environ 108,8 millions de dollars. L’achat a été réalisé entre le 22 et le 28 décembre, à un prix moyen proche de 88 568 $ par bitcoin, et porte le total déclaré à 672 497 BTC.',
    ],
    expect: [o('108,8 millions de dollars', 108.8e6), p('88 568 $', 88568)],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title,
    blocks: [
      'Bitcoin : Un achat “petit”, mais très parlant',
      'Strategy avait déjà annoncé des achats bien plus massifs en décembre, parfois proches du milliard de dollars. Le bitcoin fait des allers-retours sous les 90 000 $ et n’a pas effacé sa contre-performance annuelle.',
    ],
    expect: [o('milliard de dollars', 1e9), p('90 000 $', 90000)],
  },
  {
    url,
    lang: 'fr',
    tags: ['label-value'],
    title,
    blocks: [
      'Sur sa page dédiée aux achats, le groupe affiche un coût moyen d’environ 74 997 $ par BTC et un “BTC yield” annoncé à 23,2 % sur l’année.',
    ],
    expect: [p('74 997 $', 74997)],
  },
];

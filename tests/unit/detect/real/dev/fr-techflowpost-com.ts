import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.techflowpost.com/fr-FR/article/29304',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Après la chute du Bitcoin, la vie des mineurs est-elle toujours facile ?',
    blocks: [
      'Après la chute du Bitcoin, la vie des mineurs est-elle toujours facile ?',
      'En deux mois, le revenu hebdomadaire moyen des mineurs a reculé de 35 %, de 60 millions à 40 millions de dollars.',
      'Avec un Bitcoin passé sous les 90 000 dollars, les mineurs souffrent.',
      'Le réseau émet environ 450 BTC par jour, soit 13 500 BTC sur un mois de 30 jours. À environ 88 000 dollars par BTC, cela représente une valeur considérable.',
    ],
    expect: [
      o('60 millions', 60e6),
      o('40 millions de dollars', 40e6),
      p('90 000 dollars', 90000),
      p('88 000 dollars', 88000),
    ],
  },
  {
    url: 'https://www.techflowpost.com/fr-FR/article/15791',
    lang: 'fr',
    tags: ['cost', 'prose'],
    title: 'Rapport minier de CoinShares : le code caché des cycles du bitcoin derrière la halving',
    blocks: [
      'Après le halving, même avec un bitcoin au-dessus de 40 000 dollars américains, seules quelques sociétés minières resteraient rentables.',
      "Ce travail évalue le coût moyen de production par BTC après le halving, qui s'établit à 37 856 dollars ;",
    ],
    expect: [p('40 000 dollars américains', 40000), c('37 856 dollars', 37856)],
  },
];

import { o, p, type RealCase } from '../labels';

// Social-style post translated into French: "86k dollars", French "billion" (10^12), a loss in "100k dollars", a bare "200k" loss.
export const cases: RealCase[] = [
  {
    url: 'https://site.blankvar.com/fr/p/1gx768',
    lang: 'fr',
    tags: ['forum', 'format'],
    blocks: [
      'Bitcoin est la première cryptomonnaie mondiale',
      "En 2009, le bloc genesis est lancé avec une phrase assassine cachée dedans : « Le chancelier des finances sauve à nouveau les banques ». 14 ans plus tard, le BTC est passé de 0 dollar à 86k dollars (prix en temps réel au 23 novembre 2025), capitalisation boursière de 1,7 billion de dollars, il dépasse l'or sans forcer.",
      "Aujourd'hui, pas de contes de fées sur l'argent facile : avec les larmes de sang d'un vieux joueur qui a perdu 100k dollars, je décortique les 6 vérités du Bitcoin et 6 pièges mortels, à copier-coller pour éviter des pertes de 200k !",
    ],
    // "pertes de 200k" is a loss with its currency left out, not a coin level: not labelled.
    expect: [
      p('0 dollar', 0),
      p('86k dollars', 86000),
      o('1,7 billion de dollars', 1.7e12),
      o('100k dollars', 100000),
    ],
  },
];

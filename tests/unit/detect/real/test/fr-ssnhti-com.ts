import { o, p, type RealCase } from '../labels';

// French rewrite of a BBC piece on the first $100k: "100 000 $" with the sign after and a space as
// thousands separator, repeated in sentences that say only "le cap" or "le prix"; a sector total as negative.
export const cases: RealCase[] = [
  {
    url: 'https://ssnhti.com/sept-moments-fous-de-son-histoire-mouvementee',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Sept moments fous de son histoire mouvementée',
    blocks: [
      'Le prix du Bitcoin a dépassé pour la première fois la barre des 100 000 $, un nouveau record.',
      'La plus grande crypto-monnaie du monde a été portée par l’espoir que le président élu Donald Trump mène une politique favorable au secteur.',
      'Le cap des 100 000 $ a été fêté par les amateurs de crypto-monnaie du monde entier.',
      'Des millions de personnes ont même suivi en ligne des soirées de visionnage pendant que le prix s’approchait des 100 000 $.',
      'La valeur d’un seul bitcoin sert de baromètre de l’optimisme dans le secteur des cryptomonnaies, désormais estimé à 3,3 milliards de dollars selon Coin Market Cap.',
    ],
    expect: [
      p('100 000 $', 100000),
      p('100 000 $', 100000),
      p('100 000 $', 100000),
      o('3,3 milliards de dollars', 3.3e9),
    ],
  },
];

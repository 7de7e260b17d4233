import { o, type RealCase } from '../labels';

const url =
  'https://app.moneyvox.fr/votre-argent/actualites/99770/cryptomonnaies-quelle-fiscalite-sur-les-revenus-bitcoin';
const title = 'Cryptomonnaies : quelle fiscalité sur les revenus bitcoin ?';

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'forum'],
    title,
    blocks: [
      'Question posée par Ekoj, le 29 août 2024 :',
      '« Bonjour. Quelle est la fiscalité sur les revenus bitcoin ? »',
      'Quelle somme est imposable pour les cryptomonnaies comme le bitcoin ? Les plus-values supérieures à 305 euros par an doivent être déclarées au fisc.',
    ],
    expect: [o('305 euros', 305, 'EUR')],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      'Deux possibilités pour régler son impôt',
      'La formule : prix de cession – prix total d’acquisition x (prix de cession / valeur globale du portefeuille). Par exemple, vous avez acheté du bitcoin pour 1 000 euros et votre portefeuille vaut 5 000 euros quelques mois plus tard. Vous en vendez pour 2 000 euros. Votre plus-value sera de : 2000 – 1000 x (2000/5000) = 1 600 euros.',
    ],
    expect: [
      o('1 000 euros', 1000, 'EUR'),
      o('5 000 euros', 5000, 'EUR'),
      o('2 000 euros', 2000, 'EUR'),
      o('1 600 euros', 1600, 'EUR'),
    ],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.qomit.fr/publications/gains-sur-bitcoins-quelle-fiscalite',
    lang: 'fr',
    tags: ['prose'],
    title: 'Gains sur bitcoins : quelle fiscalité ?',
    blocks: [
      "La simple détention de bitcoins n'est pas imposable. Les contribuables ne sont exonérés d'impôt sur la plus-value que lorsque la somme des prix de cession reste inférieure à 305 euros par foyer sur l'année.",
    ],
    expect: [o('305 euros', 305, 'EUR')],
  },
];

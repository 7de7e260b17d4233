import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.auralegal.com/fr/news/17-07-25-1',
    lang: 'fr',
    tags: ['prose', 'format'],
    title:
      "La France cherche à tirer profit des surplus d'énergie nucléaire : le législateur propose de miner des bitcoins",
    blocks: [
      "Des députés proposent une expérience de cinq ans pour transformer les mégawatts excédentaires en revenus issus du minage de bitcoins. Les recettes potentielles sont estimées à 100-150 millions de dollars par an si 1 GW de capacité excédentaire est utilisé. En mars, l'opérateur du réseau a payé les pays voisins jusqu'à 12 000 euros par mégawattheure pour écouler l'électricité excédentaire.",
    ],
    expect: [o('100', 100e6), o('150 millions de dollars', 150e6), o('12 000 euros', 12000, 'EUR')],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.journaldeleconomie.fr/Nouvelle-degringolade-pour-les-cryptomonnaies_a11293.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Nouvelle dégringolade pour les cryptomonnaies',
    blocks: [
      'Week-end éprouvant pour les cryptomonnaies, et surtout pour le bitcoin, qui a abandonné 10% à 25.000 dollars. La chute est sévère depuis novembre, quand il culminait à 69.000 dollars ! La crypto vedette avait effleuré les 26.000 dollars lors du krach du mois dernier.',
      "Le bitcoin n'est pas seul à souffrir. L'ether, deuxième devise du secteur, se traitait vers 1.200 dollars (-15%).",
    ],
    expect: [
      p('25.000 dollars', 25000),
      p('69.000 dollars', 69000),
      p('26.000 dollars', 26000),
      o('1.200 dollars', 1200),
    ],
  },
];

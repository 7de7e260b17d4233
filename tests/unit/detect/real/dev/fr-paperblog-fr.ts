import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.paperblog.fr/10623222/bitcoin-frole-les-100-000-francs-suisses-le-cap-mythique-a-portee-de-main',
    lang: 'fr-CH',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin frôle les 100 000 francs suisses : le cap mythique à portée de main',
    blocks: [
      'Bitcoin frôle les 100 000 francs suisses : le cap mythique à portée de main',
      '6 octobre 2025 – Neuchâtel\nCe lundi à 15h30, le Bitcoin a touché 99 465 francs suisses, approchant pour la première fois la barre historique des 100 000 CHF. Un seuil symbolique pour la cryptomonnaie.',
      'Depuis plusieurs semaines, la devise numérique progresse, portée par un contexte macroéconomique favorable.',
    ],
    expect: [
      p('100 000 francs suisses', 100000, 'CHF'),
      p('99 465 francs suisses', 99465, 'CHF'),
      p('100 000 CHF', 100000, 'CHF'),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.letemps.ch/suisse/marche-suisse-bitcoin-pleine-construction',
    lang: 'fr-CH',
    tags: ['prose', 'anaphora'],
    title: 'Le marché suisse du Bitcoin en pleine construction',
    blocks: [
      "À l'échelle mondiale, blockchain.info évalue le volume quotidien des échanges en Bitcoins à 64 millions de dollars (61 millions de francs).",
      'En Suisse, le volume se compterait en millions de francs par mois. «Une société de Zoug a par exemple levé 20 millions de francs en Bitcoins le mois dernier», relève-t-il.',
      'À la mi-octobre, un Bitcoin se négociait contre environ 350 francs, mais la volatilité reste forte.',
    ],
    expect: [
      o('64 millions de dollars', 64e6),
      o('61 millions de francs', 61e6, 'CHF'),
      o('20 millions de francs', 20e6, 'CHF'),
      p('350 francs', 350, 'CHF'),
    ],
  },
  {
    url: 'https://www.letemps.ch/economie/encheres-senflamment-bitcoin',
    lang: 'fr-CH',
    tags: ['format', 'prose'],
    title: "Les enchères s'enflamment pour le bitcoin",
    blocks: [
      "«Quarante mille euros»… «40 500»… «41 000»… «41 200»… «Adjugé, vendu!» En huit secondes, un bitcoin change de propriétaire chez Kapandji Morhange, à Paris. L'État français cédait 611 bitcoins saisis dans une affaire de cybercriminalité, d'une valeur théorique de 33,6 millions de dollars au cours actuel d'environ 55 000 dollars.",
    ],
    expect: [
      p('Quarante mille euros', 40000, 'EUR'),
      o('33,6 millions de dollars', 33.6e6),
      p('55 000 dollars', 55000),
    ],
  },
];

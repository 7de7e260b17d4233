import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.boursorama.com/bourse/actualites/coup-de-tabac-sur-les-cryptomonnaires-de0cc56d1238f8d8a11affc2a65f4a22',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Coup de tabac sur les cryptomonnaies',
    blocks: [
      "(AOF) - La tempête s'essoufflait en fin d'après-midi sur les cryptomonnaies, secouées dans la nuit. À la clôture européenne, le bitcoin cédait 4,58% à 60 937 dollars après avoir plongé sous les 58 900 points. La semaine passée, un nouvel élan avait porté la plus célèbre des cryptomonnaies à un record à près de 69 000 dollars.",
      "Les jetons plus modestes ont amplifié le repli du Bitcoin et de l'Ethereum (-6,16% à 4 291 dollars).",
    ],
    expect: [p('60 937 dollars', 60937), p('69 000 dollars', 69000), o('4 291 dollars', 4291)],
  },
  {
    url: 'https://www.boursorama.com/bourse/actualites/semaine-volatile-pour-le-bitcoin-dfdd1ff001b8fb273c89223e81bf0aed',
    lang: 'fr',
    tags: ['anaphora', 'prose'],
    title: 'Semaine volatile pour le bitcoin',
    blocks: [
      "(AOF) - La plus connue des crypto-monnaies a traversé un trou d'air ce jour, deux jours après avoir signé un record à près de 64 800 dollars. Le bitcoin est retombé à 60 081 dollars après que la Banque centrale turque a interdit les crypto-monnaies pour les paiements.",
    ],
    expect: [p('64 800 dollars', 64800), p('60 081 dollars', 60081)],
  },
];

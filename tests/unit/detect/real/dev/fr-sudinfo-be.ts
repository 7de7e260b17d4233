import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.sudinfo.be/id631695/article/2023-03-11/mauvaise-nouvelle-dans-les-cryptos-le-bitcoin-plonge-sous-les-20000-dollars',
    lang: 'fr',
    tags: ['anaphora'],
    title: 'Mauvaise nouvelle dans les cryptos : le bitcoin plonge sous les 20.000 dollars',
    blocks: [
      'Mauvaise nouvelle dans les cryptos : le bitcoin plonge sous les 20.000 dollars',
      'La première monnaie numérique a donc glissé vendredi sous le seuil des 20.000 dollars.',
      "Le bitcoin s'achemine vers sa plus mauvaise semaine depuis novembre et l'effondrement de FTX. Vendredi matin, il cotait environ 1,4 % de moins que la veille.",
    ],
    expect: [p('20.000 dollars', 20000), p('20.000 dollars', 20000)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.20minutes.fr/economie/2487543-20190402-bitcoin-plus-haut-depuis-quatre-mois',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin : au plus haut depuis quatre mois',
    blocks: [
      'Le bitcoin (BTC) se réveille. Alors que la cryptomonnaie se traitait depuis des mois entre 3200 à 3500 euros pour 1 BTC, son cours a bondi ce mardi avec une pointe à 4388 euros, du jamais vu depuis novembre 2018.',
      {
        text: "En 2013, le bitcoin, qui ne valait presque rien à sa naissance, franchit les 1.000 dollars. Après le piratage de MtGox, il faudra plus de trois ans pour qu'il retrouve les 1.000 dollars. En 2017, c'est l'envolée : il touche 19.511 dollars (17.400 euros) le 18 décembre, son record absolu, selon Bloomberg.",
        heading: 'Record en 2017',
      },
    ],
    expect: [
      p('3200', 3200, 'EUR'),
      p('3500 euros', 3500, 'EUR'),
      p('4388 euros', 4388, 'EUR'),
      p('1.000 dollars', 1000),
      p('1.000 dollars', 1000),
      p('19.511 dollars', 19511),
      p('17.400 euros', 17400, 'EUR'),
    ],
  },
];

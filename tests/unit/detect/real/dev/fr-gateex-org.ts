import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gateex.org/fr/news/detail/16048785',
    lang: 'fr',
    tags: ['prose', 'change', 'format'],
    blocks: [
      'Le prix du Bitcoin a encaissé un coup dur cette semaine, et les revenus du minage avec lui : le prix par petahash s’enfonce plus bas encore qu’au creux d’avril. Les mineurs subissent à la fois un prix difficile et des frais onchain très minces.',
      {
        text: 'Le hashprice de Bitcoin — la valeur quotidienne attendue de 1 petahash par seconde (PH/s) de puissance de hachage — est tombé à son plus bas niveau depuis que Luxor suit la métrique, en décembre 2016. Aujourd’hui, seuls 0,73 % environ du paiement d’un bloc viennent des frais, le reste provenant de la subvention de 3,125 BTC.',
        heading: 'Les mathématiques du minage de Bitcoin deviennent brutales',
      },
      {
        text: 'Bitcoin a clôturé le 7 avril 2025 à 79 874 $ avec un hashprice de 39,83 $. Au 19 novembre 2025, le bitcoin valait 91 172 $, soit 11 298 $ de plus par jeton, mais la valeur estimée de 1 PH/s était plus basse, à 38,14 $.',
        heading: 'Les mathématiques du minage de Bitcoin deviennent brutales',
      },
      {
        text: 'Hier, le prix du hash a encore reculé à 37,48 $ par PH/s. À ces niveaux, quelque chose doit céder, faute de quoi les mineurs resteront coincés dans une impasse financière.',
        heading: 'Les mathématiques du minage de Bitcoin deviennent brutales',
      },
    ],
    expect: [
      p('79 874 $', 79874),
      o('39,83 $', 39.83),
      p('91 172 $', 91172),
      o('11 298 $', 11298),
      o('38,14 $', 38.14),
      o('37,48 $', 37.48),
    ],
  },
];

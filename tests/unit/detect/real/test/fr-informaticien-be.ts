import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blogs.informaticien.be/util.ks?id=23982&page=news_print',
    lang: 'fr',
    tags: ['prose', 'format'],
    title: 'Economie - Le bitcoin dépasse les 1400 dollars',
    blocks: [
      '02/05/2017 @ 19:45:30: Economie - Le bitcoin dépasse les 1400 dollars',
      "Le bitcoin a atteint ce jour un sommet historique au-delà des 1.400 dollars (1.282 euros), après avoir plus que triplé en un an, porté par la demande japonaise. La valeur totale des bitcoins en circulation approche désormais 25 milliards de dollars (22,9 milliards d'euros).",
    ],
    expect: [
      p('1400 dollars', 1400),
      p('1.400 dollars', 1400),
      p('1.282 euros', 1282, 'EUR'),
      o('25 milliards de dollars', 25e9),
      o("22,9 milliards d'euros", 22.9e9, 'EUR'),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.agefi.com/quotidien-agefi/une/detail/edition/online/article/le-bitcoin-a-grimpe-dans-la-nuit-de-lundi-a-mardi-a-son-plus-haut-niveau-depuis-novembre-2019-poursuivant-la-progression-amorcee-depuis-le-debut-de-lannee-493360.html',
    lang: 'fr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Le bitcoin au plus haut depuis mi-novembre',
    blocks: [
      'Le bitcoin au plus haut depuis mi-novembre',
      "Dans la nuit de lundi à mardi, le bitcoin est monté à son plus haut depuis novembre 2019, prolongeant sa hausse entamée en début d'année.",
      'À 11h50, la plus répandue des devises électroniques gagnait 4,7% à 8523,83 dollars. Depuis janvier, la monnaie virtuelle a pris environ 18%.',
      "Le bitcoin, qui avait doublé l'an dernier, reste cependant loin de son niveau de juillet 2019, lorsque la cryptodevise valait 12'931,50 dollars.",
      "Sa valorisation a dépassé les 19'000 dollars en décembre 2017, avant de chuter en un an à environ 3000 dollars.(awp)",
    ],
    expect: [
      p('8523,83 dollars', 8523.83),
      p("12'931,50 dollars", 12931.5),
      p("19'000 dollars", 19000),
      p('3000 dollars', 3000),
    ],
  },
];

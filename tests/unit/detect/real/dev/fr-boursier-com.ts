import { o, p, type RealCase } from '../labels';

const url =
  'https://www.boursier.com/actualites/reuters/le-bitcoin-depasse-les-65-000-dollars-et-s-approche-de-son-niveau-record-historique-358197.html';
const title = "Le bitcoin dépasse les 65.000 dollars et s'approche de son niveau record historique";

export const cases: RealCase[] = [
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "Le bitcoin dépasse les 65.000 dollars et s'approche de son niveau record historique",
      "LONDRES/SINGAPOUR, 4 mars (Reuters) - Le bitcoin a touché lundi son plus haut niveau en deux ans, au-delà des 65.000 dollars, porté par l'afflux de capitaux dans les nouveaux ETF. Il a atteint un plus haut de 65.537 dollars en début de séance en Europe et ressortait en hausse de 3,78%, à 64.969 dollars vers 11h30 GMT. Son record historique, 68.999,99 dollars, date de novembre 2021.",
    ],
    expect: [
      p('65.000 dollars', 65000),
      p('65.000 dollars', 65000),
      p('65.537 dollars', 65537),
      p('64.969 dollars', 64969),
      p('68.999,99 dollars', 68999.99),
    ],
  },
  {
    url,
    lang: 'fr',
    tags: ['prose', 'format'],
    title,
    blocks: [
      "Les flux nets vers les 10 plus grands fonds américains de bitcoins au comptant ont atteint 2,17 milliards de dollars sur la semaine au 1er mars, selon LSEG. L'éther, rival plus petit du bitcoin, s'échangeait lundi en hausse de 1,93% à 3.495,83 dollars.",
    ],
    expect: [o('2,17 milliards de dollars', 2.17e9), o('3.495,83 dollars', 3495.83)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.rtl.be/actu/magazine/hi-tech/nouveau-record-du-bitcoin-plus-de-69000-dollars/2024-03-05/article/644898',
    lang: 'fr',
    tags: ['anaphora', 'format'],
    title: 'Nouveau record du bitcoin: plus de 69.000 dollars',
    blocks: [
      'Nouveau record du bitcoin: plus de 69.000 dollars',
      "Le bitcoin a signé mardi un nouveau record, porté par l'effervescence du secteur depuis le feu vert américain à un nouveau type de placement grand public.",
      'La première des cryptomonnaies par la capitalisation, qui pèse plus de 1.300 milliards de dollars selon Coingecko, est lancée dans une course folle depuis des mois.',
    ],
    expect: [p('69.000 dollars', 69000), o('1.300 milliards de dollars', 1.3e12)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://telquel.ma/instant-t/2024/11/21/cryptomonnaie-le-bitcoin-franchit-la-barre-des-95-000-dollars-pour-la-premiere-fois_1905306',
    lang: 'fr',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cryptomonnaie : le bitcoin franchit la barre des 95.000 dollars pour la première fois',
    blocks: [
      'Vers 1 h 24 GMT, la plus importante cryptomonnaie par la capitalisation a dépassé ce palier, atteignant un nouveau record à 95.004,50 dollars.',
      'Le bitcoin, qui a pris environ 35% depuis la victoire de Donald Trump le 5 novembre, a ensuite modéré ses gains et s’échangeait à 94 907 dollars vers 1 h 45 GMT.',
    ],
    expect: [p('95.004,50 dollars', 95004.5), p('94 907 dollars', 94907)],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kulturegeek.fr/news-321018/bitcoin-franchit-cap-100-000-dollars',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: 'Le bitcoin franchit le cap des 100 000 dollars',
    blocks: [
      '100 000 dollars pour le bitcoin, c’est fait !',
      'Donald Trump jure désormais qu’il fera des États-Unis « la capitale mondiale du bitcoin ». Conséquence : la cryptomonnaie, qui oscillait autour de 69 000 dollars le 5 novembre, jour de l’élection, a gonflé de plus de 46% depuis.',
    ],
    expect: [p('100 000 dollars', 100000), p('69 000 dollars', 69000)],
  },
];

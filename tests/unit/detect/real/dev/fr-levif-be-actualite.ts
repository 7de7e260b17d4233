import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.levif.be/actualite/international/retro-2018-l-avenir-incertain-du-bitcoin/article-normal-1069827.html',
    lang: 'fr',
    tags: ['prose', 'anaphora'],
    title: "Rétro 2018 : l'avenir incertain du bitcoin",
    blocks: [
      "En décembre 2017, le bitcoin, la plus célèbre des cryptomonnaies, se traitait à plus de 19 500 dollars l'unité, au terme d'une année exponentielle (+ 1 318 %). Un an après, sa valeur s'est écroulée, retombant sous la barre des 3 200 dollars en décembre.",
    ],
    expect: [p('19 500 dollars', 19500), p('3 200 dollars', 3200)],
  },
];

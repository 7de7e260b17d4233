import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://mannikosblog.de/2020/11/27/wird-die-bitcoin-blase-zu-weihnachten-platzen-eine-etwas-laengere-analyse/',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Wird die Bitcoin-Blase zu Weihnachten platzen? Eine etwas längere Analyse…',
    blocks: [
      'Sein bisheriges Allzeithoch erreichte Bitcoin am 17. Dezember 2017 mit knapp über 20.000 Dollar. Der damalige Preis entsprach einer Vervierfachung in nur zwei Wochen.',
    ],
    expect: [p('20.000 Dollar', 20000)],
  },
];

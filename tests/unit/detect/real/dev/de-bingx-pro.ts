import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bingx.pro/de-de/news/post/bernstein-sticks-to-bitcoin-forecast-for-despite-price-slide',
    lang: 'de',
    tags: ['prose', 'anaphora'],
    title: 'Bernstein hält an Bitcoin-Prognose fest',
    blocks: [
      'Bernstein hält trotz Kursrückgang um 50 % an Bitcoin-Prognose von 150.000 Dollar für 2026 fest',
      'Das Analysehaus Bernstein hat sein Kursziel für Bitcoin von 150.000 Dollar bis 2026 bekräftigt, obwohl die Kryptowährung rund 50 % unter ihrem Rekordhoch liegt und zuletzt nahe 69.400 Dollar gehandelt wurde. Bernstein sieht den Rückgang als Vertrauenskrise, nicht als strukturelles Versagen.',
    ],
    expect: [p('150.000 Dollar', 150000), p('150.000 Dollar', 150000), p('69.400 Dollar', 69400)],
  },
];

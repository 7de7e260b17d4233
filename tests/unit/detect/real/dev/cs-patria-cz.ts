import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.patria.cz/zpravodajstvi/4576895/cena-bitcoinu-prekonala-32000-dolaru-za-rok-se-zectyrnasobila.html',
    lang: 'cs',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Cena bitcoinu překonala 32.000 dolarů, za rok se zečtyřnásobila',
    blocks: [
      'Cena bitcoinu v sobotu poprvé překonala hranici 30.000 dolarů a za rok se zvýšila o více než 300 procent. Aktuálně se podle údajů webu CoinMarket Cap obchoduje nad hranicí 32 tisíc dolarů, za posledních 7 dní jeho hodnota vzrostla o více než 20 %.',
      'Tehdy se jeho cena sesunula z únorových více než 10.000 dolarů na méně než 5000 USD v polovině března.',
      'Hlavní investiční analytik Guggenheim Investments Scott Minerd v polovině prosince v rozhovoru s agenturou Bloomberg řekl, že cena bitcoinu by se mohla eventuálně vyšplhat až na 400.000 dolarů (8,6 milionu Kč). Ještě před pěti lety se bitcoin prodával za cenu mírně převyšující 400 dolarů (8600 Kč).',
    ],
    expect: [
      p('30.000 dolarů', 30000),
      p('32 tisíc dolarů', 32000),
      p('10.000 dolarů', 10000),
      p('5000 USD', 5000),
      p('400.000 dolarů', 400000),
      p('8,6 milionu Kč', 8.6e6, 'CZK'),
      p('400 dolarů', 400),
      p('8600 Kč', 8600, 'CZK'),
    ],
  },
];

import { p, type RealCase } from '../labels';

// Colombian radio site on the jump after Elon Musk's tweet: a time-stamped run of levels, some with "dólares",
// some bare in parentheses or after "estaba en", all read as dollars.
export const cases: RealCase[] = [
  {
    url: 'https://www.rcnradio.com/tecnologia/precio-del-bitcoin-se-dispara-tras-jugada-de-elon-musk-en-twitter',
    lang: 'es',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      'A las 3:22 a.m. (hora colombiana) de este viernes 29 de enero, Elon Musk escribió en Twitter: "En retrospectiva, era inevitable", y puso #bitcoin en su biografía.',
      'Desde ese momento el precio se disparó. A las 3:29 a.m. la criptomoneda estaba en 32.110 dólares y a las 3:59 a.m. se ubicó en 36.026 dólares, según CoinDesk. Bajó un poco a las 5:29 a.m. (35.538,83) y a las 8:59 a.m. marcó un máximo de 38.413,74 dólares.',
      'Desde entonces empezó a bajar, aunque sin despegarse de los 34.000 dólares: a las 12:29 p.m. estaba en 36.323,36 y a las 14:59 p.m., en 34.194,16.',
    ],
    expect: [
      p('32.110 dólares', 32110),
      p('36.026 dólares', 36026),
      p('35.538,83', 35538.83),
      p('38.413,74 dólares', 38413.74),
      p('34.000 dólares', 34000),
      p('36.323,36', 36323.36),
      p('34.194,16', 34194.16),
    ],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.finanzas24.com/retiros-masivos-en-etf-de-bitcoin-casi-4-mil-millones-en-cinco-semanas',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'En un periodo reciente que ha captado la atención de gestores y analistas, los ETF de Bitcoin han registrado salidas netas significativas que suman casi 4 mil millones de dólares en cinco semanas. El 19 de febrero se confirmó una nueva jornada negativa con 165,76 millones de dólares en salidas, lo que constituyó el tercer día consecutivo en rojo.',
      {
        text: 'Durante las cinco semanas en cuestión, las salidas semanales se distribuyeron así: 403,9 millones, 359,9 millones, 318,1 millones, 1,49 mil millones y 1,33 mil millones de dólares.',
        heading: 'Desglose de las salidas: números que explican la magnitud',
      },
      'El acumulado de estos períodos se aproxima a 4 mil millones de dólares, situando este episodio como una de las secuencias de retiro más notables desde el lanzamiento de los ETF de Bitcoin al contado.',
    ],
    expect: [
      o('4 mil millones de dólares', 4e9),
      o('165,76 millones de dólares', 165.76e6),
      o('403,9 millones', 403.9e6),
      o('359,9 millones', 359.9e6),
      o('318,1 millones', 318.1e6),
      o('1,49 mil millones', 1.49e9),
      o('1,33 mil millones de dólares', 1.33e9),
      o('4 mil millones de dólares', 4e9),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.noticiashoy.co/briefing/bolsa-nacional-e-internacional/24543/2',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bolsa nacional e internacional',
    blocks: [
      'El sentimiento alcista no se limita a los movimientos de corto plazo. Varios bancos importantes han revisado sus pronósticos para el cuarto trimestre y anticipan un auge que podría llevar a Bitcoin a los 200.000 dólares antes de que termine el año.',
      'Una encuesta en línea de Michael Saylor reflejó un fuerte consenso de que el precio de BTC cerrará el año por encima de los 150.000 dólares.',
    ],
    expect: [p('200.000 dólares', 200000), p('150.000 dólares', 150000)],
  },
  {
    url: 'https://www.noticiashoy.co/briefing/criptomonedas/21201/3',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format', 'change'],
    title: 'Criptomonedas',
    blocks: [
      'Las predicciones alcistas son audaces.',
      'El CEO de Coinbase ve un "tsunami de capital no aprovechado" que podría impulsar a Bitcoin hacia el millón de dólares, mientras que Jason Hamlin, de Nicoya Research, pronostica que superará los 200.000 dólares en los próximos seis meses.',
      'Arthur Hayes, por su parte, analiza un modelo que apunta a 3,4 millones para 2028.',
      'La acción del precio reciente ha sido turbulenta, con una caída que liquidó a traders por 1.700 millones de dólares y una recuperación posterior hasta los 113.900 dólares.',
    ],
    expect: [
      p('millón de dólares', 1e6),
      p('200.000 dólares', 200000),
      p('3,4 millones', 3.4e6),
      o('1.700 millones de dólares', 1.7e9),
      p('113.900 dólares', 113900),
    ],
  },
];

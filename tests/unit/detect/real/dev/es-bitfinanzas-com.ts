import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitfinanzas.com/mineros-de-bitcoin-con-los-ingresos-mas-bajos-en-los-ultimos-2-anos',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      '- Este noviembre, los ingresos totales de los mineros de Bitcoin han caído a mínimos de los últimos dos años, medidos en dólares.',
      '- La tasa de procesamiento (hashrate) de Bitcoin sigue marcando máximos históricos, pese a la caída del precio de BTC y a la subida de la electricidad en el mundo.',
      'Lo obtenido por las recompensas por bloque y sus comisiones ronda los 11,67 millones de dólares, un total que no se veía desde el 2 de noviembre de 2020, cuando 1 BTC se cotizaba en 13.500 dólares.',
      'El máximo más reciente del hashrate se registró el pasado 12 de noviembre, en 298,93 Ehash/s, según Bitinfocharts; en las dos últimas semanas ha caído un 32%, hasta 204,5 Ehash/s.',
    ],
    expect: [o('11,67 millones de dólares', 11.67e6), p('13.500 dólares', 13500)],
  },
  {
    url: 'https://bitfinanzas.com/bitcoin-enfrenta-lucha-en-resistencia-de-26-500',
    lang: 'es',
    tags: ['format', 'anaphora', 'prose'],
    title: 'Bitcoin enfrenta lucha en resistencia de 26.500',
    blocks: [
      '- Bitcoin lucha por superar la resistencia de 26.500.',
      '- Si no mantiene el soporte de 26.000, podría acelerar su caída.',
      '- La resistencia clave está en 26.500, mientras que el soporte está en 26.000.',
      'Bitcoin atraviesa dificultades y cotiza por debajo de la resistencia de 27.500. Ahora mismo el precio está por debajo de los 26.500 y de la media móvil simple de 100 horas.',
      'En el gráfico horario del par BTC/USD se forma una línea de tendencia bajista clave con resistencia cerca de 26.420, lo que complica la recuperación.',
      'Bitcoin inició un nuevo descenso desde el nivel de 26.800 y rompió los soportes de 26.500 y 26.200, entrando en zona negativa. El par llegó a probar la marca de 26.000, con un mínimo cerca de 26.026.',
      'Después inició una pequeña recuperación por encima de 26.200, superando el retroceso de Fibonacci del 23,6% de la última caída, desde el máximo de 26.712 hasta el mínimo de 26.026.',
    ],
    expect: [
      p('26.500', 26500),
      p('26.000', 26000),
      p('26.500', 26500),
      p('26.000', 26000),
      p('27.500', 27500),
      p('26.500', 26500),
      p('26.420', 26420),
      p('26.800', 26800),
      p('26.500', 26500),
      p('26.200', 26200),
      p('26.000', 26000),
      p('26.026', 26026),
      p('26.200', 26200),
      p('26.712', 26712),
      p('26.026', 26026),
    ],
  },
];

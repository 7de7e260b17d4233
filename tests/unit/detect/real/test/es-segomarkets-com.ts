import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://segomarkets.com/analisis-del-bitcoin-tras-su-espectacular-aumento',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'El Bitcoin ha superado hace poco los 32.000 dólares, un nivel que no se veía desde hacía más de un año, tras subir cerca de un 15% en la última semana.',
      'Desde que Satoshi Nakamoto lo creó en 2009, cuando valía 0,00076 dólares, fue ganando popularidad hasta su máximo histórico de 69.000 dólares a finales de 2021. Pese a perder cerca del 75% de su valor el año pasado, en 2023 ha duplicado su precio y hoy ronda los 34.000 dólares.',
      'En las últimas semanas ha superado una resistencia situada en la zona de los 30.000 dólares. Si se mantiene por encima, podría dirigirse hacia los 50.000 dólares, la siguiente zona relevante.',
      'Pero si la ruptura resulta ser un engaño y el precio vuelve por debajo de esa zona, la caída podría llevarlo a los 25.000 dólares.',
    ],
    expect: [
      p('32.000 dólares', 32000),
      p('0,00076 dólares', 0.00076),
      p('69.000 dólares', 69000),
      p('34.000 dólares', 34000),
      p('30.000 dólares', 30000),
      p('50.000 dólares', 50000),
      p('25.000 dólares', 25000),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.investing.com/analysis/article-200225125',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'El Bitcoin rompe el soporte de los 6.000 dólares y se mantiene por debajo. La presión bajista continúa tras caer más del 11% en una semana, con volatilidad y volumen en aumento. Todo apunta a que el impulso seguirá en las próximas sesiones: habrán saltado muchos stops por debajo de los 6.000 dólares y se habrán activado otras tantas órdenes cortas.',
      'En el gráfico diario el precio rompe con fuerza el soporte, con una vela de más del 8% de caída, y las dos sesiones siguientes confirman la pérdida al abrir por debajo.',
      'En el gráfico semanal se ve que ese soporte lo marcó el 6 de febrero de 2018 y se respetó varias veces a lo largo del año, hasta el miércoles pasado.',
    ],
    expect: [p('6.000 dólares', 6000), p('6.000 dólares', 6000)],
  },
];

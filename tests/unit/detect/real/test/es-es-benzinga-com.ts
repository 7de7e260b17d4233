import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.benzinga.com/crypto/bitcoin/que-esperar-bitcoin-hasta-final-ano',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Qué esperar de Bitcoin hasta final de año',
    blocks: [
      'Bitcoin ha caído un 57% desde que comenzó 2022. Arrancó el año en el nivel de los 47.000 dólares y ahora pelea por mantener los 20.000 dólares por token, lo que apunta a un probable ‘cripto-invierno’. El escenario nada tiene que ver con esos 100.000 dólares por unidad que se esperaban a finales del año pasado.',
      'El consenso de mercado espera pocas fluctuaciones en lo que queda de año: se cree que Bitcoin oscilará entre los 20.000 dólares y los 24.900 dólares en el tramo final. Conviene recordar que, tras los máximos de finales de 2017, cuando se superaron por primera vez los 20.000 dólares, ese nivel no se recuperó hasta 2021.',
      'La web preciohoy, que recoge previsiones de distintos analistas, es mucho más pesimista: cree que la divisa perderá el soporte de los 20.000 dólares y terminará el año por debajo de los 17.000 dólares.',
      'Otros expertos, como The Economy Forecast Agency, sitúan a la criptomoneda en el rango de los 15.000 dólares para finales de año, mientras que Captainaltcoin cree que se mantendrá por encima de los 18.000 dólares, pero por debajo de esos 20.000.',
    ],
    expect: [
      p('47.000 dólares', 47000),
      p('20.000 dólares', 20000),
      p('100.000 dólares', 100000),
      p('20.000 dólares', 20000),
      p('24.900 dólares', 24900),
      p('20.000 dólares', 20000),
      p('20.000 dólares', 20000),
      p('17.000 dólares', 17000),
      p('15.000 dólares', 15000),
      p('18.000 dólares', 18000),
      p('20.000', 20000),
    ],
  },
];

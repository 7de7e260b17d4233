import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tradersunion.com/es/news/cryptocurrency-news/show/3378-prevision-del-precio-del-bitcoin-la-criptomoneda-se-consolida-en-torno',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Previsión del precio del Bitcoin: La criptomoneda se consolida en torno a los 26.500 dólares',
    blocks: [
      'Previsión del precio del Bitcoin: La criptomoneda se consolida en torno a los 26.500 dólares',
      'El Bitcoin subió hasta los 26.800$ en las primeras horas de la sesión estadounidense, sin hacer caso al repunte del dólar.',
      'Sin embargo, el precio del BTC no logró sostenerse y cayó por debajo de los 26.200$.',
      'El jueves recuperó parte del terreno perdido y cotiza en torno a los 26.500$, lo que apunta a un nuevo intento contra la resistencia clave de los 26.650$.',
      'Actualmente, el precio del BTC es de 26.491,7$.',
      'El índice del dólar estadounidense, que lo mide frente a seis divisas, tocó un máximo de 10 meses de 106,72.',
      'Para ganar impulso alcista y pasar a la zona de 27.000 dólares o más, el precio necesita consolidarse por encima del nivel de 26.650 dólares.',
      'Si no supera esa resistencia, pondrá a prueba el soporte de 26.200 $, cuya ruptura abriría el camino por debajo de 26.000$.',
      'Lea también: Ethereum cotiza por encima de los 1600 dólares.',
    ],
    expect: [
      p('26.500 dólares', 26500),
      p('26.800$', 26800),
      p('26.200$', 26200),
      p('26.500$', 26500),
      p('26.650$', 26650),
      p('26.491,7$', 26491.7),
      p('27.000 dólares', 27000),
      p('26.650 dólares', 26650),
      p('26.200 $', 26200),
      p('26.000$', 26000),
      o('1600 dólares', 1600),
    ],
  },
];

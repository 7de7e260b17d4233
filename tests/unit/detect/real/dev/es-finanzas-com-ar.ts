import { o, type RealCase } from '../labels';

// finanzas.com.ar (es): Bitcoin miners' hashprice near its all-time low, in dollars per PH/s per day.
// Exercises hashprice amounts (all o) around Bitcoin mining, incl. a bare range start and "USD 55,12".
export const cases: RealCase[] = [
  {
    url: 'https://www.finanzas.com.ar/rentabilidad-de-mineros-de-bitcoin-se-acerca-al-minimo-historico',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: 'Rentabilidad de mineros de Bitcoin se acerca al mínimo histórico',
    blocks: [
      'A fines de agosto de 2023 la rentabilidad diaria media de los mineros de Bitcoin se acerca a mínimos históricos, aunque el hashrate sigue creciendo.',
      'Entre el 22 y 29 de agosto, el precio de hash de los mineros de Bitcoin estaba entre 59 y 60 dólares por PH/s (pentahash por segundo) por día. El mínimo histórico es de USD 55,12 y se produjo el 22 de noviembre de 2022, tras la quiebra de FTX y Celsius.',
      'La última vez que el precio del hash cayó tan bajo fue a fines de 2022. En 2023 estuvo casi siempre por encima de los 70 dólares, e incluso por encima de los 80 dólares.',
      'Al cierre de esta nota, el salto de alrededor del 7% en el precio de bitcoin (BTC) disparó el precio del hash por encima del promedio semanal: llegó a los 64,5 dólares en pocos minutos.',
    ],
    expect: [
      o('59', 59),
      o('60 dólares', 60),
      o('USD 55,12', 55.12),
      o('70 dólares', 70),
      o('80 dólares', 80),
      o('64,5 dólares', 64.5),
    ],
  },
];

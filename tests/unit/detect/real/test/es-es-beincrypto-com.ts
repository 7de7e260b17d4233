import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.beincrypto.com/bitcoin-btc-retrocede-5000-pero-mantiene-encima-30000-dolares',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Bitcoin (BTC) retrocede 5.000 pero se mantiene encima de 30.000 dólares',
    blocks: [
      'Después de alcanzar un máximo histórico el 3 de enero, Bitcoin (BTC) cayó al día siguiente, creando sucesivas velas diarias de tendencia bajista.',
      {
        text: 'Después de alcanzar un precio máximo de 34.789 dólares el 3 de enero, Bitcoin se estancó al día siguiente, cayendo hasta un mínimo de 28.130 dólares. Sin embargo, procedió a crear una mecha inferior larga y alcanzó un cierre de 31.988 dólares.',
        heading: 'El rally de Bitcoin se frena',
      },
      {
        text: 'Si se produjera una disminución, los tres niveles de apoyo más cercanos se encontrarían en 25.230 dólares, 22.290 dólares y 19.340 dólares (0,382, 0,5 y 0,618 niveles de retroceso fib respectivamente).',
        heading: 'El rally de Bitcoin se frena',
      },
      {
        text: 'En segundo lugar, BTC parecía haber roto este patrón anoche pero fue rechazado por el área de resistencia de 32.800 dólares, haciendo que la ruptura anterior fuera sólo una desviación.',
        heading: 'Movimiento BTC a corto plazo',
      },
    ],
    expect: [
      p('34.789 dólares', 34789),
      p('28.130 dólares', 28130),
      p('31.988 dólares', 31988),
      p('25.230 dólares', 25230),
      p('22.290 dólares', 22290),
      p('19.340 dólares', 19340),
      p('32.800 dólares', 32800),
    ],
  },
];

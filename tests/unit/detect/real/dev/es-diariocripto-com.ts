import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://diariocripto.com/analisis-del-bitcoin-btc-por-debajo-de-su-resistencia/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoin (BTC) sigue sosteniendo el soporte por encima de $37.500, pero podría vivir mucha volatilidad en los próximos días.',
      'Bitcoin cotizaba en torno a $ 38,000 al publicarse esta nota y apenas se ha movido ni en las últimas 24 horas ni en la semana, señal de indecisión entre los operadores.',
      'El soporte más bajo aparece entre $30.000 y $32.000, lo que podría frenar retrocesos a corto plazo.',
      'Existe una resistencia más fuerte, de $46.700, que podría limitar las subidas, como pasó a finales de marzo.',
      'La última vez que el RSI se mantuvo tan bajo fue en noviembre y diciembre, justo antes de una caída del precio por debajo de los $46.000.',
      'Por ahora, los compradores no consiguen cierres semanales seguidos por encima de los $40.000, el punto medio de un rango de tres meses.',
    ],
    expect: [
      p('$37.500', 37500),
      p('$ 38,000', 38000),
      p('$30.000', 30000),
      p('$32.000', 32000),
      p('$46.700', 46700),
      p('$46.000', 46000),
      p('$40.000', 40000),
    ],
  },
];

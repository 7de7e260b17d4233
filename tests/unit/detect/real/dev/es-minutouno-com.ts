import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.minutouno.com/bitcoin-a6843/1',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'El bitcoin, la moneda virtual más importante del mundo, viene subiendo con fuerza desde comienzos de mes: acumula una suba del 53% y ya supera los US$4.000 por unidad. "Lo más llamativo es que los expertos del mercado de monedas virtuales anticipan que ahora va camino a los U$S5.000 a fin de año", informa ambito.com.',
    ],
    expect: [p('US$4.000', 4000), p('U$S5.000', 5000)],
  },
];

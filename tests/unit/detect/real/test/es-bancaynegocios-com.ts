import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.bancaynegocios.com/es-rentable-minar-bitcoins-morgan-stanley-responde/',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: '¿Es rentable minar bitcoins? Morgan Stanley responde',
    blocks: [
      'El bitcoin se acerca de nuevo a los 9.000 dólares por unidad, un respiro para muchos de los grandes ‘productores’ que viven de minar bitcoins. Según los economistas de Morgan Stanley, la mayor parte de estos grandes mineros pierde dinero si el precio cae por debajo de los 8.600 dólares.',
      'En una nota de la semana pasada, los expertos del banco señalaban que “el break-even para las mayores mining pools es de 8.600 dólares, asumiendo que el coste de la electricidad fuese de tan solo tres centavos de dólar el kw/hora”.',
    ],
    expect: [
      p('9.000 dólares', 9000),
      c('8.600 dólares', 8600),
      c('8.600 dólares', 8600),
      o('tres centavos de dólar', 0.03),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lado.mx/noticia/15298495',
    lang: 'es',
    tags: ['prose', 'label-value'],
    blocks: [
      'Estas son las cotizaciones de las criptodivisas más destacadas en este momento.',
      'El bitcoin cotiza este día en 52.403,18 dólares, lo que supone un cambio de 1,43% en las últimas horas.',
      'La segunda moneda virtual más popular, ethereum, se ha movido un 4,57% en 24 horas, de modo que su valor queda en 2.914,03 dólares.',
      'En cuanto a Tether US, cotiza en 1 dólares, con un movimiento de -0,05% en el último día.',
      'BNB, por su parte, vale 353,26 dólares, con un cambio de 0,1%, mientras que el litecoin se sitúa en 71,08 dólares tras variar un 1,56%.',
      'Por último, el dogecoin, una de las criptomonedas que ha impulsado Elon Musk, tiene un valor de 0,09 dólares tras un cambio de 3,76% en 24 horas.',
    ],
    expect: [
      p('52.403,18 dólares', 52403.18),
      o('2.914,03 dólares', 2914.03),
      o('1 dólares', 1),
      o('353,26 dólares', 353.26),
      o('71,08 dólares', 71.08),
      o('0,09 dólares', 0.09),
    ],
  },
];

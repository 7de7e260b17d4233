import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://playersoflife.com/guadalajara/bitcoin-alcanza-su-maximo-historico-a-49000-dolares',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Este viernes el bitcoin, la criptomoneda más utilizada, marcó un nuevo máximo histórico cerca ya de los 49.000 dólares, aunque después se desinfló y ahora ronda los 47.700 dólares.',
      'Su cotización se disparó el lunes y el martes tras la decisión de Tesla de invertir 1,500 millones de dólares en esta criptodivisa, aunque retrocedió el miércoles.',
      'La segunda criptomoneda más usada, el ether, pierde fuelle y ronda los 1.770 dólares, lejos del máximo histórico de 1.838 dólares que tocó el miércoles.',
    ],
    expect: [
      p('49.000 dólares', 49000),
      p('47.700 dólares', 47700),
      o('1,500 millones de dólares', 1.5e9),
      o('1.770 dólares', 1770),
      o('1.838 dólares', 1838),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Pizza Day explainer: the pizzas' total, the sub-cent price per unit, a later price, the pizzas' value today.
export const cases: RealCase[] = [
  {
    url: 'https://mundocriptomonedas.net/manana-es-el-bitcoin-pizza-day-sabes-que-es',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Mañana es el “Bitcoin Pizza Day”; ¿Sabes qué es?',
    blocks: [
      'Mañana es el “Bitcoin Pizza Day”; ¿Sabes qué es?',
      'Cada 22 de mayo se celebra el “Bitcoin Pizza Day”, un hito histórico para la principal criptomoneda del mercado. La criptomoneda cuyo creador se hace llamar Satoshi Nakamoto pasó desapercibida durante mucho tiempo; no fue sino hasta 2010 que se produjo la primera compra de un producto físico pagado enteramente con BTC.',
      'El “Bitcoin Pizza Day” nació con la compra de dos pizzas por 10.000 bitcoins, realizada por Laszlo Hanyecz; y aunque hoy parezca una exageración, en 2010 esa cantidad de BTC equivalía a 30 dólares porque cada unidad tenía un valor de 0,003 dólares.',
      'Once años después, y a pesar de todas las correcciones del mercado, Bitcoin tiene un valor de $30.000, por lo que ese par de pizzas hoy valdrían 300 millones de dólares.',
    ],
    expect: [
      o('30 dólares', 30),
      p('0,003 dólares', 0.003),
      p('$30.000', 30000),
      o('300 millones de dólares', 300e6),
    ],
  },
];

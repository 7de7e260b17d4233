import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.lr21.com.uy/mundo/1465987-nayib-bukele-perdidas-bitcoin-el-salvador-dinero-publico-criptomonedas-apuesta',
    lang: 'es',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Nayib Bukele ya dilapidó US$67 millones de dinero público en su apuesta por el bitcoin',
    blocks: [
      'bitcoin por los suelos',
      'Nayib Bukele ya dilapidó US$67 millones de dinero público en su apuesta por el bitcoin',
      'El mandatario salvadoreño hizo del bitcoin una divisa de curso legal, pero ya se han esfumado decenas de millones de dólares de las arcas públicas por el desplome de su valor.',
      'El gobierno de El Salvador, encabezado por Nayib Bukele, ya ha hecho desaparecer US$67 millones desde que el bitcoin se instauró como “moneda” de curso legal, una criptomoneda cuyo valor no deja de caer desde hace más de un año.',
      'Según CoinMarketCap, el bitcoin valía este domingo menos de US$16.650, por debajo del sábado, cuando cerró en US$16.876,97. La divisa digital pierde valor casi a diario desde los casi US$65.000 que llegó a costar en noviembre de 2021.',
      'El gobierno de Bukele ha invertido hasta hoy US$107 millones en bitcoins, pero como se devalúan cada día, si quisiera venderlos hoy solo recuperaría unos US$39,6 millones. Así, de los fondos públicos salvadoreños se han dilapidado US$67 millones.',
      'La última compra fue el 1° de julio de 2022. “El Salvador acaba de comprar 80 BTC (bitcoins) a US$19.000 cada uno. ¡El bitcoin es el futuro!”, tuiteaba ese día Bukele. Por ese paquete pagó US$1.520.000, pero hoy esa misma cantidad vale US$1.333.533,60, una pérdida de US$186.466,40 (-12,27%).',
      'Antes había comprado 500 BTC por US$15.372.000. Si los vendiera hoy, le pagarían US$8.334.585, un retroceso del 47% y una pérdida para el Estado salvadoreño de US$7.037.415.',
    ],
    expect: [
      o('US$67 millones', 67e6),
      o('US$67 millones', 67e6),
      p('US$16.650', 16650),
      p('US$16.876,97', 16876.97),
      p('US$65.000', 65000),
      o('US$107 millones', 107e6),
      o('US$39,6 millones', 39.6e6),
      o('US$67 millones', 67e6),
      p('US$19.000', 19000),
      o('US$1.520.000', 1520000),
      o('US$1.333.533,60', 1333533.6),
      o('US$186.466,40', 186466.4),
      o('US$15.372.000', 15372000),
      o('US$8.334.585', 8334585),
      o('US$7.037.415', 7037415),
    ],
  },
];

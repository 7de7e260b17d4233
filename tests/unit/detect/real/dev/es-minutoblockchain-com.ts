import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://minutoblockchain.com/es/etf-intensifican-la-presion-sobre-bitcoin-y-ethereum-tras-fuertes-salidas-de-capital',
    lang: 'es',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'ETF intensifican la presión sobre Bitcoin y Ethereum tras fuertes salidas de capital',
    blocks: [
      'Bitcoin (BTC) y Ethereum (ETH) terminaron una semana de retroceso, con sus precios golpeados por las fuertes salidas de capital de los fondos cotizados al contado (ETF) de Estados Unidos. Sumando ambos activos, los retiros pasaron de los USD 1.700 millones, señal de una menor exposición de inversores institucionales y minoristas.',
      'BTC y ETH sufren caídas significativas',
      'La semana arrancó con Bitcoin por encima de los 115.000 dólares y Ethereum cerca de los 4.500 dólares. Al cierre, en cambio, los precios rondaban los 109.000 dólares para BTC y los 4.000 dólares para ETH, un retroceso cercano al 5 % en Bitcoin y de más del 11 % en Ethereum en solo cinco días.',
      'ETF de Bitcoin registran salidas superiores a USD 900 millones',
      'Los ETF de Bitcoin tuvieron una semana especialmente negativa. El viernes 26 de septiembre hubo salidas netas por 418 millones de dólares, sin que ninguno de los 12 fondos reportara entradas. El único día en positivo fue el miércoles 24, cuando entraron alrededor de 241 millones.',
      'En total, el saldo semanal de los ETF de BTC fue de -900 millones de dólares.',
      'Ethereum tampoco escapa: retiros por casi USD 800 millones',
      'Durante cinco jornadas seguidas, los ETF de ETH reportaron salidas netas que terminaron el viernes con 248 millones de dólares. El saldo semanal acumulado llegó a casi USD 800 millones.',
    ],
    expect: [
      o('USD 1.700 millones', 1.7e9),
      p('115.000 dólares', 115000),
      o('4.500 dólares', 4500),
      p('109.000 dólares', 109000),
      o('4.000 dólares', 4000),
      o('USD 900 millones', 900e6),
      o('418 millones de dólares', 418e6),
      o('-900 millones de dólares', -900e6),
      o('USD 800 millones', 800e6),
      o('248 millones de dólares', 248e6),
      o('USD 800 millones', 800e6),
    ],
  },
];

import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://decrypt.co/es/357291/bitcoin-mineros-crisis-caida-precio-50-por-ciento?amp=1',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Mineros de Bitcoin Enfrentan Crisis Tras Caída del 50% en el Precio de BTC',
    blocks: [
      'Mineros de Bitcoin Enfrentan Crisis Tras Caída del 50% en el Precio de BTC',
      'El precio de Bitcoin cayó el jueves por debajo de $63.000, no muy por encima del costo promedio de producción de los mineros que cotizan en bolsa.',
      'Con Bitcoin bajando un 14% en el último día hasta quedar por debajo de $63.000, circula en X un gráfico de Checkonchain con el precio de regresión de dificultad de Bitcoin, que al escribir esto era de $86.000, muy por encima de la cotización actual.',
      'Julio Moreno, director de investigación de CryptoQuant, añadió que ha visto estimaciones de entre $70.000 y $80.000, así que el gráfico exagera algo los costos reales de los mineros. Aun así, ese rango sigue por encima del precio actual.',
    ],
    expect: [
      p('$63.000', 63000),
      p('$63.000', 63000),
      c('$86.000', 86000),
      c('$70.000', 70000),
      c('$80.000', 80000),
    ],
  },
  {
    url: 'https://decrypt.co/es/356092/mineros-bitcoin-eeuu-costos-energia-superan-precio-mercado?amp=1',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Caída de Precio de Bitcoin Pone Nerviosos a Los Mineros',
    blocks: [
      'Según datos del CBECI, cualquier minero que pague al menos $0,10 por kWh de energía estará perdiendo dinero con cada Bitcoin minado.',
      'La criptomoneda cotiza ahora en torno a $87.900 según CoinGecko, mientras que los datos del CBECI y de la EIA —que fija el costo medio nacional del kWh en octubre de 2025 en $0,14— sugieren que minar un Bitcoin cuesta hoy $94.746.',
      'Si solo se toman los precios industriales medios de todos los estados ($0,09 en octubre), el costo medio de minar un Bitcoin sigue siendo de $86.931.',
      'En otros países el panorama es parecido o peor: con una tarifa empresarial media en China de $0,11 por kWh en junio de 2025, minar un solo Bitcoin cuesta de media $88.869.',
      'Canadá tiene una tarifa algo más baja, de $0,10, lo que equivale a un costo de $88.003 por Bitcoin minado. En Nueva Zelanda, según Cryptocurrency NZ, minar un BTC cuesta ahora NZ$173.192,96, o $103.799.',
    ],
    expect: [
      o('$0,10', 0.1),
      p('$87.900', 87900),
      o('$0,14', 0.14),
      c('$94.746', 94746),
      o('$0,09', 0.09),
      c('$86.931', 86931),
      o('$0,11', 0.11),
      c('$88.869', 88869),
      o('$0,10', 0.1),
      c('$88.003', 88003),
      c('NZ$173.192,96', 173192.96, 'NZD'),
      c('$103.799', 103799),
    ],
  },
];

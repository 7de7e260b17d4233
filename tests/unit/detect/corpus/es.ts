import { btc, type CorpusCase, cost, other } from './types';

// Spanish-language press from Spain and Latin America (Expansión, El Economista, Cointelegraph en Español style).
export const es: CorpusCase[] = [
  {
    name: 'expansion-style: sube y cotiza',
    text: 'El bitcoin sube un 3% y cotiza en 67.800 dólares, mientras que el ether avanza hasta los 3.450 dólares.',
    locale: 'es',
    expect: [btc('67.800 dólares'), other('3.450 dólares')],
  },
  {
    name: 'cointelegraph-es-style: usd prefix',
    text: 'El precio de Bitcoin (BTC) cayó por debajo de los USD 60.000 por primera vez en un mes.',
    locale: 'es',
    expect: [btc('USD 60.000')],
  },
  {
    name: 'el-economista-mx-style: comma thousands and billones',
    text: 'El bitcoin alcanzó un máximo de 73,750 dólares, y su capitalización de mercado superó 1.4 billones de dólares.',
    locale: 'es-MX',
    expect: [btc('73,750 dólares'), other('1.4 billones de dólares')],
  },
  {
    name: 'cinco-dias-style: entradas en fondos',
    text: 'Los fondos cotizados de bitcoin registraron entradas por 1.200 millones de dólares en la semana.',
    locale: 'es',
    expect: [other('1.200 millones de dólares')],
  },
  {
    name: 'criptonoticias-style: costo de producción',
    text: 'El costo de producción de un bitcoin ronda los 40.000 dólares, según estimaciones de mineros.',
    locale: 'es',
    expect: [cost('40.000 dólares')],
  },
  {
    name: 'el-pais-style: perdió y vale',
    text: 'El bitcoin perdió 6.000 dólares en dos días y ahora vale 61.000 dólares.',
    locale: 'es',
    expect: [other('6.000 dólares'), btc('61.000 dólares')],
  },
  {
    name: 'infobae-style: us$ prefix',
    text: 'El Bitcoin se negocia en US$ 64.500, según datos de CoinGecko.',
    locale: 'es-AR',
    expect: [btc('US$ 64.500')],
  },
  {
    name: 'expansion-style: oro y solana',
    text: 'La onza de oro cotiza en 2.330 dólares y Solana en 145 dólares.',
    locale: 'es',
    expect: [other('2.330 dólares'), other('145 dólares')],
  },
  {
    name: 'bloomberg-linea-style: mil dólares',
    text: 'Analistas creen que el bitcoin podría llegar a 100 mil dólares este año.',
    locale: 'es',
    expect: [btc('100 mil dólares')],
  },
  {
    name: 'el-confidencial-style: euros',
    text: 'Un bitcoin cuesta hoy 59.400 euros, casi el doble que hace un año, cuando valía 31.000 euros.',
    locale: 'es',
    expect: [btc('59.400 euros'), btc('31.000 euros')],
  },
];

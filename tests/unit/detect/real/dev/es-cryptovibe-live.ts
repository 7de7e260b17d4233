import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cryptovibe.live/?p=39410',
    lang: 'es',
    tags: ['prose', 'format'],
    title:
      'Sangría Histórica en ETFs de Cripto: Bitcoin y Ethereum Pierden Casi $1.000 Millones en un Solo Día',
    blocks: [
      'Sangría Histórica en ETFs de Cripto: Bitcoin y Ethereum Pierden Casi $1.000 Millones en un Solo Día',
      'El mercado de fondos cotizados (ETFs) de criptomonedas, que vivía una fase de gran optimismo, tuvo una de sus peores jornadas. En un solo día, los ETFs de Bitcoin y Ethereum juntos sufrieron salidas de capital cercanas a la cifra de mil millones de dólares, la tercera jornada seguida de fuga de fondos.',
      {
        text: 'El martes, los ETFs spot de Bitcoin registraron salidas netas de $533 millones, más del 300% por encima del día anterior, la segunda jornada con mayores salidas del mes.',
        heading: 'El Desempeño de los ETFs de Bitcoin',
      },
      {
        text: 'Para Ether el panorama no fue mejor. Sus fondos tuvieron salidas por $422 millones, más del doble que los aproximadamente $200 millones del lunes.',
        heading: 'El Desempeño de los ETFs de Ethereum (Ether)',
      },
      'Este éxodo de capital, que ya suma tres días seguidos con un total de $1.300 millones retirados, es el principal motor detrás de las fuertes correcciones de precio.',
    ],
    expect: [
      o('$1.000 Millones', 1e9),
      o('mil millones de dólares', 1e9),
      o('$533 millones', 533e6),
      o('$422 millones', 422e6),
      o('$200 millones', 200e6),
      o('$1.300 millones', 1.3e9),
    ],
  },
];

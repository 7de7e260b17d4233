import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptomonedashoy.com.ar/bitcoin-share-price/',
    lang: 'es',
    tags: ['prose', 'table', 'format'],
    title: '¿Cuánto Vale un Bitcoin Hoy? Guía de Precios 2024',
    blocks: [
      'Muchos se preguntan a diario cuánto vale la criptomoneda más famosa del mundo. Hoy el precio de un Bitcoin ronda los $103,865.00, con una variación del -3.66% en las últimas 24 horas.',
      'How much is $1 Bitcoin in US dollars?',
      'Convert BTC to USD BTC USD 1 BTC 102,236.81 USD 5 BTC 511,235.33 USD 10 BTC 1,022,470.67 USD 25 BTC 2,556,176.69 USD',
      'Como decíamos, el precio de Bitcoin es muy volátil. El valor de $103,865.00 es solo una foto de un momento concreto.',
    ],
    expect: [
      p('$103,865.00', 103865),
      o('$1', 1),
      p('102,236.81 USD', 102236.81),
      o('511,235.33 USD', 511235.33),
      o('1,022,470.67 USD', 1022470.67),
      o('2,556,176.69 USD', 2556176.69),
      p('$103,865.00', 103865),
    ],
  },
];

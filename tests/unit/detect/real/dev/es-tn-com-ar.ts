import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tn.com.ar/economia/2022/02/02/como-y-donde-comprar-bitcoins-en-la-argentina/',
    lang: 'es',
    tags: ['prose'],
    title: 'Cómo y dónde comprar bitcoins en la Argentina',
    blocks: [
      'Una vez con los fondos en la billetera, el inversor ya puede empezar a operar. Solo tiene que indicar en la plataforma qué criptomoneda y cuánto quiere comprar. La conversión se hace al tipo de cambio del momento. Las plataformas suelen imponer un monto mínimo de inversión, en algunos casos equivalente a 10 dólares.',
    ],
    expect: [o('10 dólares', 10)],
  },
];

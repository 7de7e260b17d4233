import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptomania.com/minar-bitcoin-es-mucho-mas-barato-que-comprarlo',
    lang: 'es',
    tags: ['cost', 'prose', 'change', 'format'],
    blocks: [
      'Según explicó en Twitter la firma Braiins, que desarrolla software para mineros de Bitcoin, conseguir 1 BTC con un Antminer S19 cuesta 13.000 dólares (USD), mientras que comprar ese bitcoin costaría hoy cerca de USD 37.000.',
      'Es decir, ganarse un bitcoin minando sale USD 24.000 más barato que adquirirlo en el mercado, a los precios actuales del BTC.',
      'Conviene aclarar que la fórmula incluye el costo inicial del hardware. Un equipo como el Antminer S19 puede costar hasta USD 15.000, y aun sumándolo el costo de obtener 1 BTC quedaría en USD 28.000, con un precio actual de USD 37.000 en el mercado.',
    ],
    expect: [
      c('13.000 dólares', 13000),
      p('USD 37.000', 37000),
      o('USD 24.000', 24000),
      o('USD 15.000', 15000),
      c('USD 28.000', 28000),
      p('USD 37.000', 37000),
    ],
  },
];

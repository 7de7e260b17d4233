import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mercadominero.com.mx/blogs/noticias/precio-de-bitcoin-y-costo-energetico-un-vinculo-imposible-de-romper',
    lang: 'es',
    tags: ['cost', 'prose', 'format'],
    title: 'Precio de Bitcoin y costo energético: un vínculo imposible de romper',
    blocks: [
      'El “piso” del precio: cuánto cuesta producir un BTC',
      {
        text: 'En la práctica, el costo de producción de Bitcoin fija un “piso invisible” para el mercado. Hoy producir un BTC puede costar, en promedio global, entre $45,000 y $55,000 USD, según el mix energético de cada región.',
        heading: 'El “piso” del precio: cuánto cuesta producir un BTC',
      },
      '• Si el precio de mercado queda muy por encima de ese costo, los márgenes crecen y los mineros reinvierten en más equipos.',
    ],
    expect: [c('$45,000', 45000), c('$55,000 USD', 55000)],
  },
];

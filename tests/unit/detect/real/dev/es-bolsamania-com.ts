import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bolsamania.com/noticias_amp/criptodivisas/jp-morgan-coste-produccion-bitcoin-caido-13000-negativo--10166095.html',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JP Morgan: el coste de producción del bitcoin ha caído a 13.000 dólares y es "negativo"',
    blocks: [
      'JP Morgan: el coste de producción del bitcoin ha caído a 13.000 dólares y es "negativo"',
      'Esta medida se toma como una referencia para los precios',
      'El coste de producción de Bitcoin ha bajado de unos 24.000 dólares a principios de junio a unos 13.000 dólares en la actualidad, lo que puede considerarse negativo para el precio, según JPMorgan Chase & Co y recoge Bloomberg.',
      '"El coste de producción es percibido por algunos participantes del mercado como el límite inferior del rango de precios del Bitcoin en un mercado bajista".',
    ],
    expect: [c('13.000 dólares', 13000), c('24.000 dólares', 24000), c('13.000 dólares', 13000)],
  },
];

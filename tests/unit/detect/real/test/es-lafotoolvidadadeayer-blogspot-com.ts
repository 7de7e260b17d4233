import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://lafotoolvidadadeayer.blogspot.com/2024/11/el-gran-precio-oculto-de-un-bitcoin-por.html',
    lang: 'es',
    tags: ['cost', 'prose'],
    title: 'El gran precio oculto de un bitcoin: ¿por qué cuesta tanto crearlo?',
    blocks: [
      'Crear un bitcoin cuesta dinero. Mucho dinero. Podría parecer que producir una moneda digital sale más barato que fabricar algo físico, pero las cifras de la minería cuentan otra historia.',
      'En el tercer trimestre de 2024, el coste medio de producción de un solo bitcoin pasó de unos 4.200 dólares a cerca de 49.500 dólares, según CoinShares. Y sigue subiendo.',
    ],
    expect: [c('4.200 dólares', 4200), c('49.500 dólares', 49500)],
  },
];

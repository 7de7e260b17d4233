import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://es.phongnhaexplorer.com/pyr/finanzas/cual-es-el-costo-de-minar-1-bitcoin.html',
    lang: 'es',
    tags: ['cost', 'prose'],
    title: '¿Cuál es el costo de minar 1 Bitcoin?',
    blocks: [
      '¿Cuál es el costo de minar 1 Bitcoin?',
      'Minar un Bitcoin pasó a costar 49.500 dólares en el tercer trimestre de 2024, frente a los 47.200 dólares del trimestre anterior, según datos de CoinShares. La subida refleja factores como el precio de la energía y la dificultad de la minería.',
      {
        text: 'Mientras el precio de mercado fluctúa, un factor que muchos pasan por alto es lo que se gasta en minar cada nuevo Bitcoin. Los datos recientes de CoinShares muestran que ese coste se ha disparado hasta 49.500 dólares en el tercer trimestre de 2024, por encima de los 47.200 dólares del trimestre previo.',
        heading: 'El Encarecimiento Silencioso: Descifrando el Costo Real de Minar un Bitcoin',
      },
    ],
    expect: [
      c('49.500 dólares', 49500),
      c('47.200 dólares', 47200),
      c('49.500 dólares', 49500),
      c('47.200 dólares', 47200),
    ],
  },
];

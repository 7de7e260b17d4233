import { p, type RealCase } from '../labels';

// eleconomista.es (Mar 2021): consumer body OCU warns against bitcoin; three dot-grouped dollar levels
// (2017 peak, February high, current range) in running prose about "la criptodivisa".
const url =
  'https://www.eleconomista.es/divisas/noticias/11083260/03/21/La-OCU-desaconseja-invertir-en-el-bitcoin-y-recuerda-la-burbuja-de-2017-No-te-fies.html';

export const cases: RealCase[] = [
  {
    url,
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'La OCU desaconseja invertir en el bitcoin y recuerda la burbuja de 2017: "No te fíes"',
    blocks: [
      'Como ejemplo, la OCU recuerda el pinchazo de la burbuja de 2017, cuando perdió un 80% de su valor tras llegar a los 15.000 dólares. En febrero la criptodivisa marcó su máximo, por encima de los 57.300 dólares, y ahora se mueve en el entorno de los 50.000 dólares, más del triple que antes de aquel pinchazo.',
    ],
    expect: [p('15.000 dólares', 15000), p('57.300 dólares', 57300), p('50.000 dólares', 50000)],
  },
];

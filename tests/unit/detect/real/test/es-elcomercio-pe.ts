import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://elcomercio.pe/economia/mercados/el-bitcoin-se-hunde-y-arrastra-a-otras-criptodivisas-nndc-noticia/',
    lang: 'es',
    tags: ['change', 'anaphora', 'prose', 'format'],
    title: 'El bitcoin se hunde y arrastra a otras criptodivisas',
    blocks: [
      'El bitcoin perdió más del 20% de su valor en una semana, una señal para algunos inversores de que la fiebre compradora de criptodivisas podría estar terminando.',
      'La criptomoneda, que el martes valía US$ 45,000, perdió más de US$ 12,000 desde el inicio de la semana anterior y ha caído más del 30% desde su máximo histórico de US$ 64,870, el 14 de abril.',
      'A su paso otras criptodivisas también han caído, como el ethereum, la segunda más importante, que perdió un 14% en una semana y ahora cuesta algo menos de US$ 3,400.',
      'En total, estas caídas sacaron 400,000 millones de dólares del mercado, que ahora vale algo más de dos billones de dólares, según Coinbase.',
    ],
    expect: [
      p('US$ 45,000', 45000),
      o('US$ 12,000', 12000),
      p('US$ 64,870', 64870),
      o('US$ 3,400', 3400),
      o('400,000 millones de dólares', 400000e6),
      o('dos billones de dólares', 2e12),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://kryptomonedas.net/el-futuro-de-bitcoin-alcanzara-los-100000-dolares-o-se-estabilizara-analisis-de-tendencias-y-proyecciones-2023/',
    lang: 'es',
    tags: ['prose'],
    title: 'El futuro de Bitcoin: ¿alcanzará los 100.000 dólares o se estabilizará?',
    blocks: [
      'Algunos analistas han señalado que el precio de Bitcoin podría superar los 100,000 dólares en el corto a mediano plazo, apoyándose en patrones históricos y en la dinámica del mercado. Sostienen que la escasez de Bitcoin, limitado a 21 millones de monedas, es clave en esa proyección.',
    ],
    expect: [p('100,000 dólares', 100000)],
  },
];

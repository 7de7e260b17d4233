import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.aaaj.com.ar/?p=149582',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'La brutal caída del Bitcoin se profundiza',
    blocks: [
      'La brutal caída del Bitcoin se profundizó el jueves cuando el precio bajó de los 67.000 dólares, arrasando fortunas y desmintiendo que fuera “oro digital”.',
      'La mayor criptomoneda del mundo ha perdido casi la mitad de su valor desde que alcanzó un máximo de poco más de 126.000 dólares a principios de octubre, y muchos pequeños inversores sufren grandes pérdidas.',
      'Bitcoin cayó hasta 67.675 dólares el jueves, su nivel más débil desde noviembre de 2024, tras romper la marca de 70.000 dólares y desatar otra ola de ventas.',
      'El token ha bajado un 20 por ciento solo esta semana y un 47 por ciento desde su máximo de hace apenas cuatro meses.',
    ],
    expect: [
      p('67.000 dólares', 67000),
      p('126.000 dólares', 126000),
      p('67.675 dólares', 67675),
      p('70.000 dólares', 70000),
    ],
  },
];

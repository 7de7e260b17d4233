import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.infotechnology.com/negocios/Las-claves-para-decidir-si-invertir-en-Bitcoin-o-no-en-menos-de-1-minuto-20171214-0002.html',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Las claves para decidir si invertir en Bitcoin o no, en menos de 1 minuto',
    blocks: [
      'La criptomoneda más famosa no deja de subir: el bitcoin subió más de 1000% en lo que va del año, arrancó a US$ 790 y hoy vale arriba de US$ 16.000. Los analistas de Goldman Sachs se quedaron cortos: para ellos, a fin de año iba a llegar a los US$ 8.000 por bitcoin.',
      'El crecimiento no está libre de polémicas: la moneda ya tuvo dos bifurcaciones, Bitcoin Cash y Bitcoin Gold. La primera ya cuesta arriba de US$ 1.700 y la segunda, más de US$ 260.',
    ],
    expect: [
      p('US$ 790', 790),
      p('US$ 16.000', 16000),
      p('US$ 8.000', 8000),
      o('US$ 1.700', 1700),
      o('US$ 260', 260),
    ],
  },
];

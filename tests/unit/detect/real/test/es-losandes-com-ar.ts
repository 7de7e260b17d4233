import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.losandes.com.ar/economia/criptomonedas-cuando-es-el-mejor-momento-para-invertir-en-bitcoin/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Criptomonedas: cuándo es el mejor momento para invertir en Bitcoin',
    blocks: [
      'El Bitcoin parece haber encontrado una estabilidad tentadora para los inversionistas. A punto de cerrar enero con una cotización cercana a u$s 30.000, la criptomoneda capta la atención de los compradores, pero ¿cuándo conviene apostar por él?',
      'Para un inversor que apostó por Bitcoin en 2013, cuando valía apenas 100 dólares, el mejor momento para entrar a ese mercado es cuando “nadie hable de él”.',
      'Su historia estuvo marcada por la inestabilidad y la especulación. En 2019 terminó en torno a los u$s 7.000 y en diciembre de 2018 había llegado a valer u$s 3.250 por cada Bitcoin.',
    ],
    expect: [p('u$s 30.000', 30000), p('100 dólares', 100), p('u$s 7.000', 7000), p('u$s 3.250', 3250)],
  },
];

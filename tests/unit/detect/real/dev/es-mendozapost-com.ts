import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mendozapost.com/economia/bitcoin-rompio-records-2021-y-cayo-criptomonedas-btc',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'El año que Bitcoin rompió récords, duplicó su valor y también cayó 50%',
    blocks: [
      'El año que Bitcoin rompió récords, duplicó su valor y también cayó 50%',
      'El 1 de enero del año pasado arrancó con una cotización máxima de U$S33.300. Hasta ese día, un bitcoin nunca había valido tanto. ¿Qué pasó después? Fue subiendo y bajando hasta trepar el 9 de noviembre de 2021 a los U$S69.000, su último valor máximo jamás registrado.',
      'Es decir, hasta allí aumentó un 107% pero luego empezó a descender con sus vaivenes habituales, cerrando el 31 de diciembre en poco más de 47 mil dólares.',
      'Probablemente mucha gente no lo vea así. Hay personas que invirtieron esperando un Bitcoin a U$S100 mil para fin de año y ahora quizá están frustrados.',
    ],
    expect: [
      p('U$S33.300', 33300),
      p('U$S69.000', 69000),
      p('47 mil dólares', 47000),
      p('U$S100 mil', 100000),
    ],
  },
];

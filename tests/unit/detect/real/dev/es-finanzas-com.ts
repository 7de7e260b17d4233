import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://finanzas.com/?p=135784',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Por qué ayer vendí todos mis Bitcoins',
    blocks: [
      'Por qué ayer vendí todos mis Bitcoins',
      'Como a uno siempre le pica la curiosidad, por saber lo fácil que era comprar Bitcoins allá por abril, decidí probar con una cantidad lo bastante baja como para que no me enfadara perderla. Al fin y al cabo había subido muchísimo y tras alcanzar los 1.000 dólares no podía hacer otra cosa que pegársela. Así que me tiré a la piscina y me hice con unos Bitcoins al precio de 1.123 dólares. Lo que ha pasado desde entonces ya es de dominio público.',
      'Esta tabla de precios recoge el tiempo que ha tardado en conquistar los múltiplos de 1.000 dólares desde su comienzo.',
    ],
    expect: [p('1.000 dólares', 1000), p('1.123 dólares', 1123), p('1.000 dólares', 1000)],
  },
];

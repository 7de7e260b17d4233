import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://toplaboral.com/la-ocu-lo-tiene-claro-el-bitcoin-no-es-un-buen-negocio/?amp=1',
    lang: 'es',
    tags: ['anaphora', 'format'],
    title: 'La OCU lo tiene claro: el bitcoin no es un buen negocio',
    blocks: [
      'La OCU lo tiene claro: el bitcoin no es un buen negocio',
      'La prueba de que se trata de un mercado imprevisible es que, a principios de 2021, subió a niveles históricos para luego perder hasta el 80% de su valor, algo parecido a lo ocurrido el pasado mes de noviembre, cuando el bitcoin llegó a alcanzar un valor de 58.275 para caer en picado casi un 40%.',
      'No recuerda su contraseña y podría perder casi 200 millones de euros',
    ],
    expect: [p('58.275', 58275), o('200 millones de euros', 2e8, 'EUR')],
  },
];

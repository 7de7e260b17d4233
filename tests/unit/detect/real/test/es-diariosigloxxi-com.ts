import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.diariosigloxxi.com/texto-diario/mostrar/3526418/usar-bitcoin-pagar-empleados-generalizado',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'Usar Bitcoin para pagar a los empleados se ha generalizado',
    blocks: [
      'Usar Bitcoin para pagar a los empleados se ha generalizado',
      'El Bitcoin ha tenido altibajos desde su introducción. Hace poco esta moneda virtual marcó su precio máximo histórico, por encima de los 63.000 dólares, y eso le abrió la puerta a los balances de grandes empresas.',
    ],
    expect: [p('63.000 dólares', 63000)],
  },
];

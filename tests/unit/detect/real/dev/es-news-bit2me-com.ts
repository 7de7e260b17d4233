import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://news.bit2me.com/?p=19025',
    lang: 'es',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      'Una de las grandes preocupaciones de los criptomineros es cuánto cuesta minar un Bitcoin, porque de ese coste depende que sus operaciones sean viables y rentables.',
      'JP Morgan informó hace poco de que el coste de producción de Bitcoin (lo que cuesta minar cada criptomoneda) podría haber tocado un mínimo histórico, al pasar de $24.000 a $13.000 en apenas un mes.',
      'Según la nota de los estrategas de JP Morgan, el coste de minar un Bitcoin cayó casi el 50% en junio, algo que podría haber pesado sobre el precio de la moneda. La estimación baja casi por completo por un menor uso de electricidad, según el índice de la Universidad de Cambridge.',
      {
        text: 'El coste medio de minar un Bitcoin no es otra cosa que su coste de producción, y el factor principal es la electricidad que consumen las máquinas. A eso se suman las infraestructuras, los equipos y los empleados de las granjas.',
        heading: '¿Cuál es el coste medio de minar un Bitcoin?',
      },
    ],
    expect: [c('$24.000', 24000), c('$13.000', 13000)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://silicon.es/consiguen-3-millones-cultivando-bitcoins-en-solo-4-dias-113026',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Consiguen 3 millones “cultivando” Bitcoins en sólo 4 días',
    blocks: [
      'Consiguen 3 millones “cultivando” Bitcoins en sólo 4 días',
      'Hay tres formas de conseguir un bitcoin: comprarlo, cobrarlo como pago o generarlo (minarlo), una tarea que ya ha dado pie a otro negocio lucrativo, el de fabricar ordenadores especializados, que se venden a partir de $7.000.',
      'Cuando la red de Bitcoin detecta la primera respuesta correcta, asigna el bloque a quien lo resolvió, que recibe 25 bitcoins por cada bloque. Estos equipos generan desde 0,6 Bitcoins al día por unidad.',
    ],
    expect: [o('$7.000', 7000)],
  },
];

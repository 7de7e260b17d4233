import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://actualidad.rt.com/video/239697-bitcoin-caer-tras-batir-techo-historico/amp',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    title: 'El bitcóin cae en torno al 25% tras batir su techo histórico de cotización',
    blocks: [
      'El bitcóin cae en torno al 25% tras batir su techo histórico de cotización',
      'Tras duplicar su cotización y encadenar tres récords en la semana, el valor de la moneda virtual se hundió casi un 25%. Al final se estabilizó en torno a los 2.200 dólares.',
    ],
    expect: [p('2.200 dólares', 2200)],
  },
];

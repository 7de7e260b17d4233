import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.blodico.com/0-23-06-2022--caidas',
    lang: 'es',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Si algo ha caracterizado al bitcoin es integrar una altísima volatilidad. La oscilación de su cotización ha sido y es intensa, hasta tal punto que si en noviembre de 2021 cotizaba en casi a los 69,000 dólares, en nuestros días ha caído hasta un mínimo de 19,000 dólares, lo que representa un desplome del 73%.',
      'Puede parecer un batacazo histórico, pero lo cierto es que no ha sido así.',
    ],
    expect: [p('69,000 dólares', 69000), p('19,000 dólares', 19000)],
  },
];

import { p, type RealCase } from '../labels';

// Aggregator copy of a BBC Mundo piece: sentences glued without spaces after the full stop ("Bitstamp.La idea").
export const cases: RealCase[] = [
  {
    url: 'http://www.entornointeligente.com/articulo/3713937/COLOMBIA-iquest;Queacute;-puede-hacer-para-convertir-sus-bitcoins-en-dinero-de-verdad?',
    lang: 'es',
    tags: ['prose', 'format', 'anaphora'],
    title: '¿Qué puede hacer para convertir sus bitcoins en dinero de verdad?',
    blocks: [
      '/ Tras la caída del valor de la criptomoneda más popular de internet , puede que algunos estén pensando en cambiarla por dinero real antes de que sea demasiado tarde.Bitcoin pasó de valer US$20.000 a bajar a poco más de US$11.000 el 22 de diciembre, aunque esta semana se estabilizó en US$15.000, según el mercado luxemburgués Bitstamp.La idea de la criptomoneda es que no son billetes ni monedas en estado físico, sino que circula en la red.',
      'Comprar y vender bitcoins no es demasiado complicado, pero hacer que su valor llegue a tu cuenta bancaria puede resultar más difícil.En solo este año el bitcoin ha pasado de valer US$1.000 a alcanzar los US$20.000, pero muchos temen que haya llegado a su máximo.',
    ],
    expect: [
      p('US$20.000', 20000),
      p('US$11.000', 11000),
      p('US$15.000', 15000),
      p('US$1.000', 1000),
      p('US$20.000', 20000),
    ],
  },
];

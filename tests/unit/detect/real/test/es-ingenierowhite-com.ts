import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ingenierowhite.com/bitcoin-rozo-su-maximo-historico-tras-el-debut-de-su-primer-fondo-cotizado-en-wall-street',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin rozó su máximo histórico tras el debut de su primer fondo cotizado en Wall Street',
    blocks: [
      'El Bitcoin alcanzó este martes una cotización de US$ 64.300, apenas unos cientos de dólares por debajo de su máximo histórico de mediados de abril, luego del debut en Wall Street del primer fondo cotizado (ETF) vinculado a su valor.',
      'El ETF de ProShares Bitcoin Strategy, bajo el ticker BITO, alcanzó una facturación de casi US$ 1.000 millones en su primer día.',
      'La salida al mercado de BITO llega tras un rally de 20 días en los que Bitcoin acumula una suba de casi 60%: pasó de poco más de US$ 40.000 el 29 de septiembre a casi US$ 65.000 en la tarde de este martes.',
    ],
    expect: [
      p('US$ 64.300', 64300),
      o('US$ 1.000 millones', 1e9),
      p('US$ 40.000', 40000),
      p('US$ 65.000', 65000),
    ],
  },
];

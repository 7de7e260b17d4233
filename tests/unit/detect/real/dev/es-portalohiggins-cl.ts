import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://portalohiggins.cl/que-ocurre-en-chile-con-los-bitcoins-y-su-explosiva-alza-de-875/',
    lang: 'es',
    tags: ['prose', 'format'],
    blocks: [
      'A comienzos de año el Bitcoin cotizaba apenas por debajo de los 800 dólares, pero ya pasó los 7.000 dólares en una racha alcista que genera dudas sobre su sostenibilidad.',
      'A comienzos de año un Bitcoin costaba casi US$ 800, pero hoy está cerca de superar los US$7.000, un alza empujada por la demanda sostenida.',
    ],
    expect: [p('800 dólares', 800), p('7.000 dólares', 7000), p('US$ 800', 800), p('US$7.000', 7000)],
  },
];

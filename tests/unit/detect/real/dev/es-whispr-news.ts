import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://whispr.news/2023/04/13/crece-la-ganancia-de-los-mineros-de-bitcoin',
    lang: 'es',
    tags: ['prose', 'format'],
    title: 'Crece la ganancia de los mineros de Bitcoin',
    blocks: [
      'Según métricas de Braiins, empresa minera que desarrolla software, el hashprice de Bitcoin llegó a 0,081 USD/TH/días (o 81 USD/PH/día), un alza de 8,64% respecto al día anterior.',
      {
        text: 'La causa principal es, sin duda, la subida del precio de Bitcoin, que en menos de 48 horas trepó hasta los 30.000$ por unidad.',
        heading: '¿Por qué ha subido la ganancia de los mineros de Bitcoin?',
      },
    ],
    expect: [o('0,081 USD', 0.081), o('81 USD', 81), p('30.000$', 30000)],
  },
];

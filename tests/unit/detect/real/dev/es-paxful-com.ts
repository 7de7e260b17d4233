import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://paxful.com/university/es/maximo-historico-bitcoin/',
    lang: 'es',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Máximo histórico de bitcoin',
    blocks: [
      'El precio máximo histórico de bitcoin al momento de escribir este artículo (diciembre de 2021) es de 68,789.63 USD. Por impresionante que sea, pasó más de una década de altibajos antes de que el BTC llegara a este valor.',
      'Creación y crecimiento inicial (2008-2013)',
      'En 2009 se creó el bloque Genesis, el primer bloque de la blockchain de Bitcoin. Ese mismo año, el New Liberty Standard fijó el precio de intercambio de bitcoin en 1 USD por 2,300.03 BTC.',
      'Al cabo de dos años, el bitcoin alcanzó una relación de 1:1 con el USD. Cuatro meses después, el valor pasó a ser de 31.91 USD por BTC. Esto no duró mucho: pocos días después el precio bajó a 10.25 USD.',
    ],
    expect: [p('68,789.63 USD', 68789.63), o('1 USD', 1), p('31.91 USD', 31.91), p('10.25 USD', 10.25)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://piauihoje.com/noticias/economia/quanto-vale-r-1-000-em-bitcoins-412692.html',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Quanto vale R$ 1.000 em Bitcoins?',
    blocks: [
      'Quanto vale R$ 1.000 em Bitcoins?',
      'Para saber quanto valem mil reais em Bitcoins, é preciso fazer a conta com base na cotação atual.',
    ],
    expect: [o('R$ 1.000', 1000, 'BRL'), o('mil reais', 1000, 'BRL')],
  },
];

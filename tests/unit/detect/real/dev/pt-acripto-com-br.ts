import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://acripto.com.br/?p=17707',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Custo da mineração de um Bitcoin no Brasil',
    blocks: [
      'Custo da mineração de um Bitcoin no Brasil',
      'Minerar um único Bitcoin no Brasil custa, em média, US$ 99.310, o que equivale a cerca de R$ 535 mil só em energia elétrica. Os números são de um levantamento do site NFT Evening e colocam o Brasil na média global. Em alguns lugares do mundo o gasto pode ser de apenas US$ 1 mil, enquanto em outros chega a impressionantes US$ 320 mil.',
      'Atualmente, o valor de um Bitcoin gira em torno de US$ 111 mil. Para os mineradores brasileiros, a operação acaba sendo bem menos atrativa.',
    ],
    expect: [
      c('US$ 99.310', 99310),
      c('R$ 535 mil', 535000, 'BRL'),
      c('US$ 1 mil', 1000),
      c('US$ 320 mil', 320000),
      p('US$ 111 mil', 111000),
    ],
  },
];

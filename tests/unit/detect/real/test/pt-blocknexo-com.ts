import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blocknexo.com/jpmorgan-ve-alivio-para-mineradores',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'JPMorgan Vê Alívio para Mineradores: Custo de Produção do Bitcoin Cai e Abre Oportunidades',
    blocks: [
      'JPMorgan Vê Alívio para Mineradores: Custo de Produção do Bitcoin Cai e Abre Oportunidades',
      'Minerar consome muita energia elétrica, e energia custa dinheiro. Por isso existe um “custo de produção” para cada Bitcoin minerado, como existe para qualquer produto, de um par de tênis a um carro.',
      {
        text: 'Segundo o relatório do banco, o custo médio para minerar um Bitcoin caiu de cerca de US$ 90.000 para aproximadamente US$ 77.000.',
        heading: 'O que o JPMorgan descobriu?',
      },
    ],
    expect: [c('US$ 90.000', 90000), c('US$ 77.000', 77000)],
  },
];

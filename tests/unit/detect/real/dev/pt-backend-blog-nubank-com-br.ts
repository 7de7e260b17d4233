import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://backend.blog.nubank.com.br/?p=71056',
    lang: 'pt-BR',
    tags: ['prose', 'format'],
    blocks: [
      'Talvez você ainda nem invista, mas já ouviu falar de criptomoedas e talvez até tenha pensado em comprar alguma. Quais são as maiores do mercado? Depende do critério.',
      {
        text: 'Com criptomoedas funciona igual: o market cap é o valor unitário da cripto multiplicado pela quantidade dela no mercado.',
        heading: 'O que é market cap?',
      },
      'Por exemplo: se uma criptomoeda tem 1.000 ativos no mercado e cada moeda custa R$ 10, o valor de mercado dessa cripto é R$ 10.000 – resultado de 1.000 multiplicado por R$ 10.',
    ],
    expect: [o('R$ 10', 10, 'BRL'), o('R$ 10.000', 10000, 'BRL'), o('R$ 10', 10, 'BRL')],
  },
];

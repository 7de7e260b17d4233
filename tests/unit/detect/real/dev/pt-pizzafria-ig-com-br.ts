import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pizzafria.ig.com.br/especial/voce-precisa-saber-comprar-bitcoin',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title: 'O que você precisa saber antes de comprar seu primeiro Bitcoin',
    blocks: [
      {
        text: 'Assim como 1 real pode ser dividido em duas moedas de 50 centavos, ou quatro de 25, o Bitcoin também é dividido para ser negociado. Ou seja, você não precisa comprar o valor total de 1 BTC para ter o ativo na carteira.',
        heading: 'Bitcoin é vendido em partes',
      },
      {
        text: 'Se o Bitcoin só fosse vendido por unidade inteira, os brasileiros precisariam desembolsar mais de 320 mil reais por um único BTC. Para dar mais liquidez e abrir o ativo a mais gente, ele foi dividido em partes.',
        heading: 'Bitcoin é vendido em partes',
      },
      {
        text: 'Para se ter uma ideia, em setembro de 2020 o preço do ativo era de aproximadamente 60 mil reais. No início de 2021, por outro lado, o valor de mercado do criptoativo passou dos 250 mil reais.',
        heading: 'O preço do Bitcoin é extremamente volátil',
      },
    ],
    expect: [
      o('1 real', 1, 'BRL'),
      o('50 centavos', 0.5, 'BRL'),
      p('320 mil reais', 320000, 'BRL'),
      p('60 mil reais', 60000, 'BRL'),
      p('250 mil reais', 250000, 'BRL'),
    ],
  },
];

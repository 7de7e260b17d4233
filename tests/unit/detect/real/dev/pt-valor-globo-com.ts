import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://valor.globo.com/financas/noticia/2021/05/20/criptomoedas-perdem-us-1-tri.ghtml',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'As criptomoedas passam por um “crash” histórico que, em dez dias, apagou quase US$ 1 trilhão em valor de mercado. Ontem, o bitcoin, principal referência entre as divisas digitais, tocou a casa dos US$ 30,2 mil na mínima do dia, menos da metade do pico de US$ 64,8 mil de pouco mais de um mês atrás. No fechamento, a cotação ficou em US$ 38.758, queda de 9,67%.',
    ],
    expect: [
      o('US$ 1 trilhão', 1e12),
      p('US$ 30,2 mil', 30200),
      p('US$ 64,8 mil', 64800),
      p('US$ 38.758', 38758),
    ],
  },
  {
    url: 'https://valor.globo.com/financas/criptomoedas/noticia/2022/10/27/bitcoin-e-ethereum-operam-em-queda-com-realizao-e-aps-calote-de-mineradora.ghtml',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Perto das 18h28, o bitcoin caía 1,9% em 24 horas, a US$ 20.348, e o ether, moeda da rede ethereum, recuava 2,1%, a US$ 1.520, segundo o CoinGecko. O valor de mercado somado de todas as criptomoedas é de US$ 1,03 trilhão. Em reais, o bitcoin perde 2,2%, a R$ 108.433, enquanto o ethereum sobe 2,63%, a R$ 8.090, pelos dados do MB.',
      'A notícia do dia foi o calote da Core Scientific, maior mineradora de criptomoedas do mundo, que avisou à SEC que o caixa está acabando. As ações da empresa derreteram 78,13%, a US$ 0,22.',
    ],
    expect: [
      p('US$ 20.348', 20348),
      o('US$ 1.520', 1520),
      o('US$ 1,03 trilhão', 1.03e12),
      p('R$ 108.433', 108433, 'BRL'),
      o('R$ 8.090', 8090, 'BRL'),
      o('US$ 0,22', 0.22),
    ],
  },
];

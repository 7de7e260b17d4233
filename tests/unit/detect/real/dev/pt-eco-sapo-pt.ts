import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://eco.sapo.pt/2022/03/28/bitcoin-sobe-5-e-passa-os-47-mil-dolares-o-valor-mais-alto-desde-o-final-de-dezembro',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin sobe 5% e passa os 47 mil dólares, o valor mais alto desde o final de dezembro',
    blocks: [
      'Bitcoin sobe 5% e passa os 47 mil dólares, o valor mais alto desde o final de dezembro',
      'A moeda virtual mais famosa do mundo continua a recuperar e chegou à cotação mais alta desde o fim de dezembro. Está acima dos 47 mil dólares.',
      'Às 10h de Lisboa, a bitcoin valorizava 5,7%, para 47.108,38 dólares, a cotação mais alta desde 28 de dezembro de 2021, dia em que tocou nos 47.298 dólares.',
      'Na semana passada, a moeda virtual tinha passado a barreira dos 42 mil dólares, depois de ser noticiado que a Bridgewater Associates iria começar a investir em bitcoin.',
      'Há ainda o rumor de que a Luna Foundation Guard (LFG), de Singapura, comprou 125 milhões de dólares (113,8 milhões de euros) em bitcoin no início da semana passada.',
      'A bitcoin continua a ser a criptomoeda mais valiosa do mundo, com um valor de mercado de 893.128.700.384 dólares, ou seja, 893 mil milhões de dólares (813 mil milhões de euros).',
    ],
    expect: [
      p('47 mil dólares', 47000),
      p('47 mil dólares', 47000),
      p('47.108,38 dólares', 47108.38),
      p('47.298 dólares', 47298),
      p('42 mil dólares', 42000),
      o('125 milhões de dólares', 125e6),
      o('113,8 milhões de euros', 113.8e6, 'EUR'),
      o('893.128.700.384 dólares', 893128700384),
      o('893 mil milhões de dólares', 893e9),
      o('813 mil milhões de euros', 813e9, 'EUR'),
    ],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://wealthpause.com/2025/06/03/quem-ainda-esta-lucrando-com-a-mineracao-do-bitcoin',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Quem ainda está lucrando com a mineração do bitcoin?',
    blocks: [
      'O halving acontece a cada quatro anos e reduz a quantidade de bitcoins gerados em cada bloco. Recentemente ele cortou o subsídio por bloco de 6,25 BTC para 3,125 BTC. Com isso, os mineradores passaram a ganhar US$ 203 mil (R$ 1,14 milhão) por bloco com a emissão de novos bitcoins, bem menos que os US$ 406 mil (R$ 2,29 milhões) anteriores, aos preços atuais.',
      'Logo depois, a receita disparou temporariamente graças às taxas de transação. Um novo padrão de token chamado “Runes” provocou um recorde de US$ 78,3 milhões (R$ 441,6 milhões) em taxas no dia 20 de abril de 2024 — muito, considerando que os mineradores arrecadaram US$ 797,70 milhões (R$ 4,50 bilhões) em taxas ao longo de todo o ano de 2023.',
      'O hashprice — métrica do potencial de ganhos das operações — subiu para US$ 185 (R$ 1.044) por PH/dia no dia seguinte ao halving. Depois, com a queda das taxas, atingiu uma mínima histórica de US$ 49 (R$ 276) por PH/dia em 29 de abril de 2024.',
      'Em 25 de abril, o hashprice era de US$ 57/PH/dia: um minerador com 10 máquinas padrão, como o S19j Pro, poderia gerar US$ 57 por dia.',
    ],
    expect: [
      o('US$ 203 mil', 203000),
      o('R$ 1,14 milhão', 1.14e6, 'BRL'),
      o('US$ 406 mil', 406000),
      o('R$ 2,29 milhões', 2.29e6, 'BRL'),
      o('US$ 78,3 milhões', 78.3e6),
      o('R$ 441,6 milhões', 441.6e6, 'BRL'),
      o('US$ 797,70 milhões', 797.7e6),
      o('R$ 4,50 bilhões', 4.5e9, 'BRL'),
      o('US$ 185', 185),
      o('R$ 1.044', 1044, 'BRL'),
      o('US$ 49', 49),
      o('R$ 276', 276, 'BRL'),
      o('US$ 57', 57),
      o('US$ 57', 57),
    ],
  },
];

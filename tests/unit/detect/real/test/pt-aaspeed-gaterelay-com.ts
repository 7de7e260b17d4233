import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://aaspeed.gaterelay.com/pt/post/status/17730767',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Nos últimos dois meses, a receita média semanal dos mineiros caiu 35%, de $60 milhões para $40 milhões, com o BTC perto de $90,64K.',
      {
        text: 'Com o preço atual de $88.000-$90.640 por moeda, isso dá cerca de $1,2 bilhão de receita bruta diária da rede. Cada terahash ganha só 3,6 cêntimos por dia — a base frágil de uma rede de $1,7 trilhão.',
        heading: 'A Fundação de Renda em Colapso',
      },
      {
        text: 'Um minerador S19 que pague $0,06 por quilowatt-hora mal consegue sobreviver ao ambiente atual.',
        heading: 'A Pressão de Custos: Onde a Teoria Encontra a Realidade',
      },
      'A CoinShares estimou os custos de caixa do Q3 de 2024 em $55.950 por BTC para empresas listadas; esse valor subiu para $58.500.',
    ],
    expect: [
      o('$60 milhões', 60e6),
      o('$40 milhões', 40e6),
      p('$90,64K', 90640),
      p('$88.000', 88000),
      p('$90.640', 90640),
      o('$1,2 bilhão', 1.2e9),
      o('3,6 cêntimos', 0.036),
      o('$1,7 trilhão', 1.7e12),
      o('$0,06', 0.06),
      c('$55.950', 55950),
      c('$58.500', 58500),
    ],
  },
];

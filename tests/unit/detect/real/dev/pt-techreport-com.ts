import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://techreport.com/pt/noticias-criptomoedas/riot-publica-perdas-de-us-84m-no-trimestre-com-expansao-das-operacoes/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Riot publica perdas de US$ 84M no trimestre com expansão das operações',
    blocks: [
      'Riot publica perdas de US$ 84M no trimestre com expansão das operações',
      'O que acontece com uma grande mineradora de $BTC quando a recompensa de mineração de $BTC cai pela metade? A resposta: uma perda líquida de US$ 84,4M.',
      'Foi o que a mineradora de Bitcoin Riot Platforms informou em seu relatório trimestral mais recente.',
      'Depois de um halving, os mineradores gastam a mesma energia de antes para receber metade da recompensa, o que deixa a mineração de Bitcoin duas vezes mais difícil (e mais cara).',
      'O verdadeiro problema foi a alta dos custos de mineração, que pularam de US$ 5.734 por Bitcoin para US$ 25.327.',
    ],
    expect: [o('US$ 84M', 84e6), o('US$ 84,4M', 84.4e6), c('US$ 5.734', 5734), c('US$ 25.327', 25327)],
  },
];

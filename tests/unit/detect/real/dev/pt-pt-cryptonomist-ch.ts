import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pt.cryptonomist.ch/2024/10/05/quais-sao-os-custos-para-fazer-mining-de-bitcoin/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Quais são os custos para fazer mining de Bitcoin?',
    blocks: [
      'Uma pesquisa recente da NFT Evening revela, país por país, os custos da mineração de Bitcoin, estimando para cada um o custo médio de extração de 1 Bitcoin.',
      'Como 1 BTC tem um valor de mercado de cerca de 60.000$, todos os países onde o custo médio de mineração de um Bitcoin é inferior a isso permitem minerar com lucro; nos outros não compensa.',
      {
        text: 'Um dos países com o custo de extração mais conveniente é a Rússia.',
        heading: 'Os custos do mining de Bitcoin por País',
      },
      'Na Líbia, por exemplo, o custo médio de extração por único BTC é de apenas 5.300$, contra os 39.700$ da Rússia. Também na Nigéria os custos são contidos (9.200$), embora o mais baixo pareça ser o do Irã, com apenas 1.300$.',
      'Entre os dez países mais baratos estão ainda a Etiópia (menos de 2.000$), o Sudão, a Síria e Cuba (menos de 4.000$), Angola e o Quirguistão (8.600$), e o Butão (9.900$).',
    ],
    expect: [
      p('60.000$', 60000),
      c('5.300$', 5300),
      c('39.700$', 39700),
      c('9.200$', 9200),
      c('1.300$', 1300),
      c('2.000$', 2000),
      c('4.000$', 4000),
      c('8.600$', 8600),
      c('9.900$', 9900),
    ],
  },
];

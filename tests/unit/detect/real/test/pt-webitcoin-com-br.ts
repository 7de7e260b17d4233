import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://webitcoin.com.br/?p=80264',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora'],
    title:
      'JP Morgan: O declínio de 50% no custo de produção do Bitcoin pode prejudicar ainda mais seu preço',
    blocks: [
      'JP Morgan: O declínio de 50% no custo de produção do Bitcoin pode prejudicar ainda mais seu preço',
      'O custo de produção do Bitcoin caiu de US$ 24.000 para US$ 13.000 em um mês, segundo estrategistas do JPMorgan.',
      {
        text: 'De acordo com nota publicada na quarta-feira pelos estrategistas do banco, liderados por Nikolaos Panigirtzoglou, o custo de produção do Bitcoin está hoje em US$ 13.000, abaixo dos US$ 24.000 do início de junho de 2022. O relatório aponta que a queda pode pesar sobre o preço do ativo.',
        heading: 'Custo de produção do BTC cai para US$ 13 mil',
      },
      {
        text: 'Desde que atingiu a máxima histórica de cerca de US$ 69.000 em novembro de 2021, o Bitcoin vem perdendo força.',
        heading: 'Capitulação dos mineradores de Bitcoin',
      },
    ],
    expect: [
      c('US$ 24.000', 24000),
      c('US$ 13.000', 13000),
      c('US$ 13.000', 13000),
      c('US$ 24.000', 24000),
      p('US$ 69.000', 69000),
    ],
  },
];

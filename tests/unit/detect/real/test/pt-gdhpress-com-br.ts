import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gdhpress.com.br/preco-superara-isso-em-breve/',
    lang: 'pt',
    tags: ['cost', 'prose'],
    title: 'Preço superará isso em breve?',
    blocks: [
      'Os dados sugerem que o custo médio de mineração de Bitcoin está em torno de US$ 86.700 no momento. Veja o que a história sugere que pode acontecer a seguir com o BTC.',
      {
        text: 'Em uma nova postagem no X, o analista Ali Martinez comentou como está o custo médio de mineração do BTC, calculado pela MacroMicro com dados de consumo de eletricidade da Universidade de Cambridge.',
        heading: 'O custo médio de mineração do Bitcoin é atualmente notavelmente superior ao preço',
      },
    ],
    expect: [c('US$ 86.700', 86700)],
  },
];

import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://fianancial.com/dd4n',
    lang: 'pt',
    tags: ['cost', 'prose'],
    blocks: [
      'A mineração de Bitcoin não é um jogo de sorte, mas uma corrida tecnológica em que o custo de produzir uma única unidade pode ir de 5 mil a mais de 50 mil dólares, conforme fatores que muita gente ainda subestima.',
    ],
    expect: [c('5 mil', 5000), c('50 mil dólares', 50000)],
  },
];

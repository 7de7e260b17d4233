import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://web.gate.it/pt-br/post/status/18738802',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    blocks: [
      'Hoje o BTC negocia perto de $65,98K, já abaixo do custo estimado de produção de uma moeda calculado pela Capriole Investments.',
      {
        text: 'Segundo a Capriole Investments, o custo médio da eletricidade para minerar um Bitcoin é de cerca de 59.450 dólares, e os custos líquidos de produção (com equipamento e outras despesas) rondam os 74.300 dólares.',
        heading: 'Custo Energético da Mineração como Nível Crítico',
      },
      'Charles Edwards, CEO da Capriole, admite que o mercado pode descer até essa zona — entre 74.300 e 59.450 dólares — antes de os produtores sofrerem perdas realmente críticas.',
    ],
    expect: [
      p('$65,98K', 65980),
      c('59.450 dólares', 59450),
      c('74.300 dólares', 74300),
      p('74.300', 74300),
      p('59.450 dólares', 59450),
    ],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.istoedinheiro.com.br/bitcoin-vale-mais-a-pena-comprar-do-que-minerar-moeda-diz-jp-morgan/',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora', 'format'],
    title: 'Bitcoin: vale mais a pena comprar do que minerar moeda, diz JP Morgan',
    blocks: [
      'Desde a segunda semana de janeiro, o Bitcoin transita no patamar de US$ 3.500 dólares a unidade. Para o JP Morgan, na atual flutuação da criptomoeda vale mais a pena comprá-la no mercado do que minerá-la. Segundo o relatório, o custo médio global da atividade é de US$ 4 mil, acima do valor negociado.',
      'Para comparar o preço de mercado com o de produção, o banco considera o custo marginal de produção e o consumo e custo da eletricidade necessária para minerar. As mineradoras mais baratas estão na China, com custo em torno de US$ 2.400 no último trimestre.',
      'Desde 2017, quando atingiu seu pico de US$ 18,6 mil, o Bitcoin chegou a perder 76% de seu valor.',
    ],
    expect: [
      p('US$ 3.500 dólares', 3500),
      c('US$ 4 mil', 4000),
      c('US$ 2.400', 2400),
      p('US$ 18,6 mil', 18600),
    ],
  },
];

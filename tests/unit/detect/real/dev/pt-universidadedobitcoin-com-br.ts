import { c, p, type RealCase } from '../labels';

// CoinGecko study retold: one price in the lead, then home-mining electricity cost per coin by region ("US$ 45,49 mil").
export const cases: RealCase[] = [
  {
    url: 'https://universidadedobitcoin.com.br/pesquisa-revela-quanto-uma-pessoa-no-brasil-precisa-pagar-em-eletricidade-por-cada-bitcoin-minerado-em-casa',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title:
      'Pesquisa revela quanto uma pessoa no Brasil precisa pagar em eletricidade por cada Bitcoin minerado em casa',
    blocks: [
      'Apesar da agitação em torno da nova criptomoeda que subiu 130% ao ser oferecida de graça pela Binance, o sonho da maioria dos investidores continua sendo o Bitcoin, que trocava de mãos em torno de US$ 27,2 mil (-1,07%) no começo da tarde de quarta-feira. Para quem pode fazer aportes maiores, uma possibilidade é minerar Bitcoin em casa. Mas vale a pena?',
      'Para os pretensos mineradores domésticos brasileiros a resposta é não. Segundo os dados da CoinGecko, cada Bitcoin minerado em uma residência brasileira custaria em média US$ 45,49 mil, valor 67% maior que o preço da criptomoeda.',
      'Sem entrar no custo dos ASICs, a CoinGecko concluiu que o custo médio da energia elétrica residencial entre os países para minerar um Bitcoin é de US$ 46,29 mil, quase 70% a mais que o preço do BTC.',
      'No campo dos contrastes, o custo energético por Bitcoin minerado na Europa é de pouco mais de US$ 85,76 mil, 215% acima do preço da criptomoeda. No Japão, a eletricidade para minerar cada Bitcoin sai em média a US$ 64,11 mil, cerca de 135% a mais que o preço do BTC.',
    ],
    expect: [
      p('US$ 27,2 mil', 27200),
      c('US$ 45,49 mil', 45490),
      c('US$ 46,29 mil', 46290),
      c('US$ 85,76 mil', 85760),
      c('US$ 64,11 mil', 64110),
    ],
  },
];

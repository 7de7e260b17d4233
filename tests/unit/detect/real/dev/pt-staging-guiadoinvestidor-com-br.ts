import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://staging.guiadoinvestidor.com.br/guias/bancos-e-fintechs/erro-do-google-exibe-precos-inflacionados-para-dolar-e-bitcoin',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Nesta quarta-feira (6), quem buscou o valor do dólar e do Bitcoin no Google encontrou cotações recordes: o dólar a R$ 6,13 e o Bitcoin acima dos R$ 456 mil. Os números, porém, estão errados.',
      'O TradingView confirma que o Bitcoin é negociado perto de R$ 426.000 em corretoras como Binance, OKX, Bybit e KuCoin, e que a máxima histórica real do BTC foi de R$ 438.899, nesta manhã às 9h.',
      {
        text: 'O dólar também apareceu inflado. O buscador mostrou a moeda a R$ 6,13, mas segundo o DolarHoje o dólar turismo está em torno de R$ 5,90 e o comercial em R$ 5,67.',
        heading: 'Erro na cotação do dólar no Google',
      },
      'No caso do Bitcoin, o Google parece multiplicar o preço em dólar (US$ 73.800) pela taxa errada de R$ 6,13, o que dá os R$ 452.971 exibidos.',
      {
        text: 'No CoinMarketCap, o USDC, stablecoin pareada ao dólar, apareceu a R$ 6,12, enquanto o Bitcoin surgia em R$ 455.000.',
        heading: 'CoinMarketCap também apresenta problemas de exibição de preços',
      },
      {
        text: 'Segundo o MercadoCripto, o Bitcoin é negociado entre R$ 425.000 e R$ 429.000 nas principais corretoras com o par BTC/BRL.',
        heading: 'Valores reais confirmados',
      },
    ],
    expect: [
      o('R$ 6,13', 6.13, 'BRL'),
      p('R$ 456 mil', 456000, 'BRL'),
      p('R$ 426.000', 426000, 'BRL'),
      p('R$ 438.899', 438899, 'BRL'),
      o('R$ 6,13', 6.13, 'BRL'),
      o('R$ 5,90', 5.9, 'BRL'),
      o('R$ 5,67', 5.67, 'BRL'),
      p('US$ 73.800', 73800),
      o('R$ 6,13', 6.13, 'BRL'),
      p('R$ 452.971', 452971, 'BRL'),
      o('R$ 6,12', 6.12, 'BRL'),
      p('R$ 455.000', 455000, 'BRL'),
      p('R$ 425.000', 425000, 'BRL'),
      p('R$ 429.000', 429000, 'BRL'),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://forbes.com.br/forbes-money/2024/02/valor-de-mercado-do-bitcoin-supera-us-1-trilhao-pela-primeira-vez-desde-2021',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'O valor de mercado dos bitcoins (BTC) superou US$ 1 trilhão nesta quarta-feira (14), pela primeira vez desde o fim de 2021, segundo o CoinMarketCap. A cotação da criptomoeda também passou do nível de US$ 51 mil pela primeira vez desde dezembro de 2021.',
      'O bitcoin era negociado a cerca de US$ 51.229 às 6h15 Eastern Time (8h15 de Brasília), alta de 3% em relação ao preço de 24 horas antes, segundo o CoinDesk. Só neste ano, o bitcoin subiu mais de 21%.',
      'Leia também:',
      '- Bitcoin atinge US$ 50 mil pela primeira vez em 2 anos',
      'Historicamente, o halving precedeu novas máximas nos meses seguintes. O último recorde do Bitcoin foi de cerca de US$ 69 mil, em novembro de 2021.',
      'A alta recente parece alimentada pela demanda adicional dos ETFs, que tiveram investimentos líquidos de US$ 1,1 bilhão na semana passada.',
    ],
    expect: [
      o('US$ 1 trilhão', 1e12),
      p('US$ 51 mil', 51000),
      p('US$ 51.229', 51229),
      p('US$ 50 mil', 50000),
      p('US$ 69 mil', 69000),
      o('US$ 1,1 bilhão', 1.1e9),
    ],
  },
];

import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://guiadoinvestidor.com.br/guias/bancos-e-fintechs/custo-de-mineracao-de-bitcoin-pressionando-mineradores',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'A mineração de Bitcoin enfrenta um novo patamar de desafio em 2024: o custo para minerar um único Bitcoin subiu de US$ 47.200 para US$ 49.500 no terceiro trimestre, segundo o relatório mais recente da CoinShares.',
      'Embora os US$ 49.500 cubram os custos diretos, como energia, o custo total de produção é bem maior quando se somam depreciação de equipamentos e remuneração de funcionários. Com esses itens, segundo a CoinShares, o custo médio para minerar um Bitcoin chega a US$ 96.100.',
      {
        text: 'Segundo a CoinShares, um projeto de 1 MW em contêineres, com mineradores de alta eficiência como o Canaan Avalon A1566, tem custo inicial de aproximadamente US$ 740 mil.',
        heading: 'Impacto na sustentabilidade dos mineradores',
      },
      {
        text: 'A CoinShares calcula que, para o retorno de novos investimentos cair para 27 meses, o preço do Bitcoin precisaria chegar a US$ 130.000 até 2026, com a eletricidade em torno de 4,5 centavos de dólar por kWh.',
        heading: 'Perspectivas de lucratividade e diversificação',
      },
    ],
    expect: [
      c('US$ 47.200', 47200),
      c('US$ 49.500', 49500),
      c('US$ 49.500', 49500),
      c('US$ 96.100', 96100),
      o('US$ 740 mil', 740000),
      p('US$ 130.000', 130000),
      o('4,5 centavos de dólar', 0.045),
    ],
  },
];

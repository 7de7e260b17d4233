import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bitnoticias.com.br/mercado/queda-de-50-no-btc-coloca-mineradores-de-bitcoin-em-risco',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora'],
    blocks: [
      '- Mineradores sob pressão extrema com o BTC perto do custo',
      'O Bitcoin despencou para menos de US$ 64.000 na quinta-feira e reacendeu os alertas sobre a saúde das mineradoras: o preço ficou muito perto do custo médio de produção de várias empresas.',
      'A queda de 14% em 24 horas espalhou um gráfico popular da Checkonchain, com o chamado preço de regressão de dificuldade do BTC, que estava em US$ 86.000, bem acima da cotação atual.',
      'Julio Moreno, da CryptoQuant, pede cautela: segundo ele, estimativas realistas apontam para uma faixa entre US$ 70.000 e US$ 80.000. Ainda assim, o valor segue acima da cotação atual do Bitcoin.',
      'A BlocksBridge estima hoje um custo médio perto de US$ 60.000, o que ainda mantém a atividade rentável.',
    ],
    expect: [
      p('US$ 64.000', 64000),
      c('US$ 86.000', 86000),
      c('US$ 70.000', 70000),
      c('US$ 80.000', 80000),
      c('US$ 60.000', 60000),
    ],
  },
];

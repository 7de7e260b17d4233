import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://investidor10.com.br/amp/noticias/por-que-o-bitcoin-btc-volta-a-valer-menos-de-us-100-mil-116523',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'A maior moeda virtual da atualidade, o\nBitcoin (BTC), voltou a ser negociado abaixo dos US$ 100 mil nesta terça-feira (4), por volta das 17h30, com perdas de -6% só nas últimas 24 horas.',
      'É a primeira vez que a\ncriptomoeda rompe para baixo a barreira psicológica dos US$ 100 mil desde maio de 2025, e as liquidações no mercado cripto já passam de US$ 1,3 bilhão desde a véspera.',
      'Na mínima do dia, a cotação chegou aos\nUS$ 99.688,80, mas se recuperou um pouco perto das 18h, valendo cerca de US$ 101 mil. O desconto frente ao topo histórico em\nUS$ 126,1 mil já é de -20%.',
      'Segundo especialistas, o Bitcoin segue sob o efeito do\nmaior crash da história das criptomoedas, em 10 de outubro de 2025, quando a liquidação de US$ 847,8 bilhões coincidiu com uma sexta-feira.',
      'Pelos dados do Investidor10, quem tivesse investido R$ 1 mil há 30 dias em\nBitcoin (BTC) teria hoje\nR$ 870,88.',
    ],
    expect: [
      p('US$ 100 mil', 100000),
      p('US$ 100 mil', 100000),
      o('US$ 1,3 bilhão', 1.3e9),
      p('US$ 99.688,80', 99688.8),
      p('US$ 101 mil', 101000),
      p('US$ 126,1 mil', 126100),
      o('US$ 847,8 bilhões', 847.8e9),
      o('R$ 1 mil', 1000, 'BRL'),
      o('R$ 870,88', 870.88, 'BRL'),
    ],
  },
];

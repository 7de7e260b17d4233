import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://criptofoco.com.br/us642-milhoes-em-longs-liquidados-conforme-bitcoin-cai-para-o-menor-preco-desde-julho',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'Liquidações de criptomoedas atingiram US$ 806,44 milhões nas últimas 24 horas, varrendo posições alavancadas em uma escala não vista há semanas.',
      'A cascata de liquidações seguiu uma queda acentuada nos preços: Bitcoin caiu de US$ 114.163 para fechar próximo de US$ 111.931, com extremos intradiários variando de US$ 114.373 até US$ 110.802.',
      'Ethereum refletiu esse movimento, caindo de US$ 4.784 para US$ 4.635, com uma faixa de negociação entre US$ 4.798 e US$ 4.621. Ambas caíram mais de 2,5% no dia.',
      'As posições long foram as mais atingidas. Dos US$ 807,44 milhões em liquidações, US$ 642,45 milhões vieram de longs, em comparação com US$ 162,4 milhões de shorts. Bitcoin respondeu por US$ 267,85 milhões do total, enquanto Ethereum ficou logo atrás com US$ 263,41 milhões.',
      'Bybit foi o epicentro de encerramentos forçados, responsável por US$ 304 milhões em liquidações, 87% dos quais em posições longas. Binance o acompanhou com US$ 209 milhões em liquidações, novamente com inclinação para longs em mais de 75%. OKX viu US$ 117 milhões liquidarem.',
      'A magnitude das liquidações de longos aponta para o excesso de alavancagem otimista em níveis de preço elevados. Quando o Bitcoin não conseguiu se manter acima de US$ 114.000 e o Ethereum caiu abaixo de US$ 4.700, vieram as chamadas de margem.',
    ],
    expect: [
      o('US$ 806,44 milhões', 806.44e6),
      p('US$ 114.163', 114163),
      p('US$ 111.931', 111931),
      p('US$ 114.373', 114373),
      p('US$ 110.802', 110802),
      o('US$ 4.784', 4784),
      o('US$ 4.635', 4635),
      o('US$ 4.798', 4798),
      o('US$ 4.621', 4621),
      o('US$ 807,44 milhões', 807.44e6),
      o('US$ 642,45 milhões', 642.45e6),
      o('US$ 162,4 milhões', 162.4e6),
      o('US$ 267,85 milhões', 267.85e6),
      o('US$ 263,41 milhões', 263.41e6),
      o('US$ 304 milhões', 304e6),
      o('US$ 209 milhões', 209e6),
      o('US$ 117 milhões', 117e6),
      p('US$ 114.000', 114000),
      o('US$ 4.700', 4700),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blackchain.news/mercado-de-criptomoedas-enfrenta-liquidacoes-de-us-712-milhoes-em-24-horas',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'Nas últimas 24 horas, o mercado de criptomoedas passou por liquidações que somaram US$ 712 milhões. Este movimento atingiu 237 mil traders, de acordo com a Coinglass.',
      'A maior parte das liquidações ocorreu em long positions, que representaram 88,83% do total, com perdas de US$ 631,21 milhões. Em contrapartida, as short positions acumularam US$ 79,35 milhões em liquidações.',
      'O Ethereum (ETH) liderou o movimento com US$ 150 milhões liquidados, seguido pelo bitcoin (BTC), que registrou US$ 130 milhões.',
      'A Binance foi a plataforma de criptomoedas com maior volume de liquidações, contribuindo com US$ 315,12 milhões. O maior evento individual no período foi uma liquidação de US$ 17,74 milhões no par ETH/USDT.',
      'Esses números estão associados à movimentação de preço do BTC, que começou a recuar desde ontem, 7 de janeiro. Após iniciar o dia cotado próximo a US$ 102.500, a criptomoeda sofreu uma queda, se aproximando de US$ 96 mil.',
      'A pressão de venda continuou hoje (8), levando o bitcoin a testar mínimas de US$ 95.300.',
    ],
    expect: [
      o('US$ 712 milhões', 712e6),
      o('US$ 631,21 milhões', 631.21e6),
      o('US$ 79,35 milhões', 79.35e6),
      o('US$ 150 milhões', 150e6),
      o('US$ 130 milhões', 130e6),
      o('US$ 315,12 milhões', 315.12e6),
      o('US$ 17,74 milhões', 17.74e6),
      p('US$ 102.500', 102500),
      p('US$ 96 mil', 96000),
      p('US$ 95.300', 95300),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://traderiniciante.com.br/saidas-usd-29-bilhoes-etfs-bitcoin-pressao-baixa',
    lang: 'pt',
    tags: ['prose', 'change', 'anaphora'],
    blocks: [
      'Os ETFs de Bitcoin à vista listados nos EUA tiveram resgates líquidos de cerca de US$ 2,9 bilhões em apenas 12 pregões, volume que coincide com a correção recente do mercado cripto.',
      'Na quarta-feira, o Bitcoin (BTC) perdeu o patamar de US$ 73.000, um dia depois de ter tocado US$ 79.500. O movimento acompanhou a queda do Nasdaq.',
      'Desde a rejeição em US$ 98.000 em 14 de janeiro, o BTC acumula baixa de 26%. No período, posições compradas alavancadas em futuros sofreram liquidações que somam US$ 3,25 bilhões.',
      'Parte do mercado atribui a fragilidade à liquidação de US$ 19 bilhões de 10 de outubro de 2025, quando uma falha na Binance levou a bolsa a pagar mais de US$ 283 milhões em compensações.',
      'O skew de 25% das opções de 30 dias na Deribit chegou a 13% na quarta-feira, sinal de que operadores institucionais duvidam de um piso definitivo em US$ 72.100.',
    ],
    expect: [
      o('US$ 2,9 bilhões', 2.9e9),
      p('US$ 73.000', 73000),
      p('US$ 79.500', 79500),
      p('US$ 98.000', 98000),
      o('US$ 3,25 bilhões', 3.25e9),
      o('US$ 19 bilhões', 19e9),
      o('US$ 283 milhões', 283e6),
      p('US$ 72.100', 72100),
    ],
  },
];

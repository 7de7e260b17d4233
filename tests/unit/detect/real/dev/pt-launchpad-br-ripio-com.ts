import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://launchpad-br.ripio.com/blog/transformar-bitcoin-em-real',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Hoje qualquer pessoa interessada em criptomoedas pode comprar Bitcoin (BTC) de forma descomplicada. Um dos primeiros passos é saber usar um conversor de Bitcoin para real.',
      {
        text: 'Definir um preço exato para o BTC (e para todas as outras criptomoedas) é complicado, porque são ativos muito voláteis, que mudam a cada movimento do mercado.',
        heading: 'Qual o valor de 1 BTC em real?',
      },
      {
        text: 'Imagine que a cotação do ativo seja de R$ 12 mil em um determinado momento: isso significa que, de um lado, há vendedores pedindo esse valor nas ordens de venda e, do outro, compradores aceitando a negociação.',
        heading: 'Qual o valor de 1 BTC em real?',
      },
    ],
    expect: [p('R$ 12 mil', 12000, 'BRL')],
  },
];

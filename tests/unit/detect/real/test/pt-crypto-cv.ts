import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://crypto.cv/?p=8739',
    lang: 'pt',
    tags: ['prose', 'anaphora'],
    blocks: [
      'A correção do Bitcoin (BTC) ganhou força na terça-feira, com os ETFs listados nos EUA caindo em desuso. A criptomoeda líder em valor de mercado caiu mais de 8%, para menos de US$ 62.000, segundo o TradingView.',
      'Dados provisórios da Farside mostram que, na terça-feira, houve saída líquida de US$ 326 milhões dos ETFs à vista, a maior já registrada. Na segunda-feira, o ETF da Grayscale teve uma saída recorde de US$ 643 milhões.',
    ],
    expect: [p('US$ 62.000', 62000), o('US$ 326 milhões', 326e6), o('US$ 643 milhões', 643e6)],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.tnh1.com.br/noticias/noticias-detalhe/economia/bitcoin-ultrapassa-us-6-mil-e-valor-de-mercado-chega-a-us-100-bilhoes/?cHash=db591b93628e90c70184e484d3501e0a',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    title: 'Bitcoin ultrapassa US$ 6 mil e valor de mercado chega a US$ 100 bilhões',
    blocks: [
      'Bitcoin ultrapassa US$ 6 mil e valor de mercado chega a US$ 100 bilhões',
      'Segundo o índice do CoinDesk, a moeda digital passou a marca dos US$ 6 mil nesta segunda-feira (23), o que levou seu valor de mercado para além dos US$ 100 bilhões.',
      'Segundo o Quartz, enquanto a criptomoeda quebrava o recorde, seu criador, Satoshi Nakamoto, chegou a figurar como a 247ª pessoa mais rica do mundo, com uma fortuna estimada em US$ 5,9 bilhões.',
      'No momento desta publicação, porém, o bitcoin voltou a cair um pouco e era negociado por cerca de US$ 5.820.',
      'A criptomoeda já subiu mais de 10.000% em um ano e bateu recordes em 2017: um único bitcoin passou a valer mais de dez mil reais.',
    ],
    expect: [
      p('US$ 6 mil', 6000),
      o('US$ 100 bilhões', 100e9),
      p('US$ 6 mil', 6000),
      o('US$ 100 bilhões', 100e9),
      o('US$ 5,9 bilhões', 5.9e9),
      p('US$ 5.820', 5820),
      p('dez mil reais', 10000, 'BRL'),
    ],
  },
];

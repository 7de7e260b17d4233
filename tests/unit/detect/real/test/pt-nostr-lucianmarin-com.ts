import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://nostr.lucianmarin.com/post/d02b31a135607f5a84096efca6d28155bb9d38f8ca6acc32f47b2d1e378a6f33',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'forum'],
    blocks: [
      '## Cotação do Bitcoin (BTC) desaba e resgates em ETFs nos EUA batem recorde',
      '##Nesta sexta-feira (20), o preço da principal criptomoeda do mundo caiu para US$ 93.055, depois de atingir a máxima de US$ 108 mil.',
      'O mercado cripto vive mais um capítulo turbulento, com o Bitcoin (BTC) caindo quase 14% desde o recorde do início da semana.',
      'O movimento foi ampliado por uma saída líquida recorde de US$ 680 milhões dos ETFs que investem diretamente em Bitcoin nos Estados Unidos.',
    ],
    expect: [p('US$ 93.055', 93055), p('US$ 108 mil', 108000), o('US$ 680 milhões', 680e6)],
  },
];

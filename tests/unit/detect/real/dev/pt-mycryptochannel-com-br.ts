import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://mycryptochannel.com.br/bitcoin/bitcoin-btc-atinge-12-milhoes-de-pesos-argentinos-com-desvalorizacao/487',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O preço do Bitcoin (BTC) passou da marca de 12 milhões de pesos argentinos nesta quarta-feira (26), chegando a 13,5 milhões em algumas exchanges do país vizinho. É um novo recorde da criptomoeda na moeda local.',
      'A desvalorização do peso argentino, que se acelerou nos últimos dias, é a principal razão do movimento.',
    ],
    expect: [p('12 milhões de pesos argentinos', 12e6, 'ARS'), p('13,5 milhões', 13.5e6, 'ARS')],
  },
];

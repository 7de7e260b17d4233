import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://www.jb.com.br/economia/noticias/2018/01/02/pela-primeira-vez-em-anos-bitcoin-comeca-2018-desvalorizado/',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Segundo o CoinMarketCap, às 10h00 de Moscou (05h00 em Brasília) o bitcoin caía 3,08%, com a unidade vendida por 13,5 mil dólares (44,1 mil reais).',
      'Na Bitfinex caiu 4,43% e custava 13,22 mil dólares (43 mil reais); na GDAX, –0,97%, a 13,35 mil dólares (43,6 mil reais); e na Coindesk, – 0,71%, o que levou a moeda virtual a 13,32 mil dólares (43,6 mil reais).',
      // "3,26 reais" is the page's own slip for ~3.260 reais; labelled as written
      'No primeiro dia de 2017, para comparar, o bitcoin subiu 3,6% e era vendido por 998 dólares (3,26 reais).',
      'Até dezembro o bitcoin não tinha passado de 10 mil dólares, mas em 18 de dezembro disparou até custar 19.511 dólares (63.761 reais) por unidade.',
      'Entre as outras criptomoedas, o ethereum subiu mais de 14%, vendido por 882,84 dólares (2.883 reais). O mercado de criptomoedas soma 627,88 bilhões de dólares (2,05 trilhões de reais).',
    ],
    expect: [
      p('13,5 mil dólares', 13500),
      p('44,1 mil reais', 44100, 'BRL'),
      p('13,22 mil dólares', 13220),
      p('43 mil reais', 43000, 'BRL'),
      p('13,35 mil dólares', 13350),
      p('43,6 mil reais', 43600, 'BRL'),
      p('13,32 mil dólares', 13320),
      p('43,6 mil reais', 43600, 'BRL'),
      p('998 dólares', 998),
      p('3,26 reais', 3.26, 'BRL'),
      p('10 mil dólares', 10000),
      p('19.511 dólares', 19511),
      p('63.761 reais', 63761, 'BRL'),
      o('882,84 dólares', 882.84),
      o('2.883 reais', 2883, 'BRL'),
      o('627,88 bilhões de dólares', 627.88e9),
      o('2,05 trilhões de reais', 2.05e12, 'BRL'),
    ],
  },
];

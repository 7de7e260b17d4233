import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://veja.abril.com.br/economia/bitcoin-tem-perda-de-368-do-valor-em-menos-de-uma-semana/',
    lang: 'pt',
    tags: ['prose', 'change', 'format'],
    title: 'Bitcoin tem perda de 36,8% do valor em menos de uma semana',
    blocks: [
      'O preço do bitcoin caiu 25,6% entre quinta e sexta e atingiu a mínima de 12.504 dólares (41.343 reais), segundo o índice Coindesk. A queda vem depois de a criptomoeda chegar à máxima histórica no domingo, cotada a 19.783 dólares (65.411 reais). Desde o início da semana, o bitcoin se desvalorizou 36,8%.',
      'O índice da Coindesk considera o valor negociado em quatro grandes corretoras (Bitstamp, Coinbase, itBit e Bitfinex). Como não há regulação oficial, não existe um preço “oficial” para a moeda.',
      'Segundo a Coindesk, “o bitcoin teve várias quedas notáveis após os ganhos de domingo, incluindo um mergulho abaixo de 17.000 dólares [56.200 reais] na terça-feira, que representou uma queda de aproximadamente 1.800 dólares [5.950 reais] em um dia”.',
    ],
    expect: [
      p('12.504 dólares', 12504),
      p('41.343 reais', 41343, 'BRL'),
      p('19.783 dólares', 19783),
      p('65.411 reais', 65411, 'BRL'),
      p('17.000 dólares', 17000),
      p('56.200 reais', 56200, 'BRL'),
      o('1.800 dólares', 1800),
      o('5.950 reais', 5950, 'BRL'),
    ],
  },
];

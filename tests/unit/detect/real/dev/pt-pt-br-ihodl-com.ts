import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pt-br.ihodl.com/topnews/2018-04-12/preco-da-bitcoin-subiu-quase-1000-dolares-em-apenas-uma-hora/?amp=1',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'change'],
    title: 'Preço da Bitcoin subiu quase 1000 dólares em apenas uma hora',
    blocks: [
      'O preço da Bitcoin disparou quase 1000 dólares em sessenta minutos',
      'A maior criptomoeda do mundo chegou aos 7796,25 dólares às 8h44 de Brasília, quando às 7h44 era negociada a 6869,43 dólares, segundo o Coinmarketcap. Depois o valor voltou a descer um pouco: às 10h55 está em 7695,51 dólares, uma alta de mais de 11% em 24 horas.',
      'O fato de a Bitcoin ter passado a marca dos 7000 dólares pode ter desencadeado uma onda de compras.',
      'A capitalização do mercado como um todo ronda os 299,2 bilhões de dólares (10h55).',
    ],
    expect: [
      o('1000 dólares', 1000),
      p('7796,25 dólares', 7796.25),
      p('6869,43 dólares', 6869.43),
      p('7695,51 dólares', 7695.51),
      p('7000 dólares', 7000),
      o('299,2 bilhões de dólares', 299.2e9),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pt.ihodl.com/topnews/2017-10-31/bitcoin-supera-os-6400-dolares-pela-primeira-vez/?amp=1',
    lang: 'pt-PT',
    tags: ['prose', 'anaphora', 'change', 'format'],
    title: 'Bitcoin supera os 6400 dólares pela primeira vez',
    blocks: [
      'Segundo o Bitcoin Price Index (BPI) da CoinDesk, o preço da criptomoeda chegou a uma média de 6.415,28 dólares em várias bolsas por volta das 14h de Lisboa.',
      'O preço da Bitcoin subiu mais de 500% desde o início do ano (começou o ano a negociar abaixo de 1.000 dólares).',
      'A subida de hoje representa ainda um ganho de mais de 200 dólares em 24 horas, o que leva a capitalização de mercado da Bitcoin para cerca de 106 mil milhões de dólares.',
    ],
    expect: [
      p('6.415,28 dólares', 6415.28),
      p('1.000 dólares', 1000),
      o('200 dólares', 200),
      o('106 mil milhões de dólares', 106e9),
    ],
  },
];

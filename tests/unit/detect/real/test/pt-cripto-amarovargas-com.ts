import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://cripto.amarovargas.com/custo-da-mineracao-de-bitcoin-sobe-drasticamente-em-um-ano',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Custo da mineração de Bitcoin sobe drasticamente em um ano',
    blocks: [
      'Custo da mineração de Bitcoin sobe drasticamente em um ano',
      'Se há um ano era preciso gastar entre US$ 5.000 e US$ 10.000 por BTC, hoje esse valor é de US$ 17.000 no estado mais barato do país.',
      'Segundo o relatório do Hashrate Index do primeiro trimestre de 2023, o estado mais caro dos EUA continentais para minerar Bitcoin é Rhode Island, a US$ 62.154 por Bitcoin. Considerando todo o território, o Havaí supera de longe os demais, com US$ 114.587 por BTC.',
      'Os estados mais baratos para minerar são Novo México (US$ 16.850), Idaho (US$ 17.220), Iowa (US$ 17.677) e Oklahoma (US$ 18.218). Outros abaixo de US$ 20.000 por Bitcoin incluem West Virginia, Tennessee e Texas.',
      'A margem direta de 50% da Riot ao preço atual do Bitcoin de US$ 30.000 significa que a empresa fica com US$ 15.000 de cada moeda.',
    ],
    expect: [
      c('US$ 5.000', 5000),
      c('US$ 10.000', 10000),
      c('US$ 17.000', 17000),
      c('US$ 62.154', 62154),
      c('US$ 114.587', 114587),
      c('US$ 16.850', 16850),
      c('US$ 17.220', 17220),
      c('US$ 17.677', 17677),
      c('US$ 18.218', 18218),
      c('US$ 20.000', 20000),
      p('US$ 30.000', 30000),
      o('US$ 15.000', 15000),
    ],
  },
];

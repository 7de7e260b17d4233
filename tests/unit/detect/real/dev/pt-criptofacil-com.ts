import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.criptofacil.com/preco-do-bitcoin-cai-para-menos-de-us6-mil-e-chega-proximo-a-sua-pior-cotacao-do-ano/',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'O preço do Bitcoin caiu abaixo de US$6 mil nesta terça-feira, 14 de agosto, deixando a criptomoeda só 2% acima do menor nível do ano, de US$5.785 em 24 de junho.',
      'No fechamento deste artigo, a criptomoeda era cotada a US$6.002, segundo o Coinmarketcap, numa tentativa de recuperação depois de marcar US$5.971 no início da terça-feira.',
      'O Ethereum, por exemplo, era cotado a US$264, uma queda de 16,9% nas últimas 24 horas.',
    ],
    expect: [
      p('US$6 mil', 6000),
      p('US$5.785', 5785),
      p('US$6.002', 6002),
      p('US$5.971', 5971),
      o('US$264', 264),
    ],
  },
];

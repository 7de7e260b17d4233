import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.devzv.com/pt/what-is-bitcoin-mining.html',
    lang: 'pt',
    tags: ['prose'],
    title: 'O que é mineração de Bitcoin? Como funciona e o que é preciso para pagar',
    blocks: [
      'Para quem não conhece o funcionamento interno do Bitcoin, “mineração” é a forma como as transações são validadas num blockchain. Em troca desse serviço, os mineradores vencedores recebem Bitcoin (BTC), que atingiu um preço recorde de mais de US$ 68.000 em novembro de 2021.',
    ],
    expect: [p('US$ 68.000', 68000)],
  },
];

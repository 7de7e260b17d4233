import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://web.gateorigin.net/pt/post/status/18406176',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      {
        text: 'Ao longo de 2009, o Bitcoin era pura infraestrutura técnica. Minerar blocos era fácil e rendia 50 BTC por bloco. A primeira referência de preço surgiu no fim de 2009, quando a New Liberty Standard Exchange registou transações a um preço de bitcoin de aproximadamente $0,00099 por moeda — uma das avaliações mais baixas de sempre. A 12 de outubro de 2009, um membro de um fórum trocou 5.050 BTC por apenas $5,02 via PayPal.',
        heading: 'A Era da Gênese: Como o Bitcoin Começou em Zero (2008-2009)',
      },
    ],
    expect: [p('$0,00099', 0.00099), o('$5,02', 5.02)],
  },
];

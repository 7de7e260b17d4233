import { o, p, type RealCase } from '../labels';

// coinext.com.br: Brazilian broker blog "quanto vale um Bitcoin": price in "US$31 mil" glued to the sign,
// market cap in bilhões, and an R$ stake growing to "R$3,4 milhões" (totals, not prices).
const url = 'https://coinext.com.br/blog/bitcoin-qual-valor-minimo-para-investir';

export const cases: RealCase[] = [
  {
    url,
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Bitcoin: Quanto vale um Bitcoin? Qual o mínimo para investir?',
    blocks: [
      'Bitcoin: Quanto vale um Bitcoin? Qual o mínimo para investir?',
      'O Bitcoin, a primeira e maior criptomoeda do mundo, hoje avaliada em US$31 mil, com uma capitalização de mercado acima de US$600 bilhões, foi com folga o melhor investimento da última década.',
      'Quem aplicou R$10 em 2011, dois anos depois da criação do Bitcoin, teria hoje R$3,4 milhões.',
    ],
    expect: [
      p('US$31 mil', 31000),
      o('US$600 bilhões', 600e9),
      o('R$10', 10, 'BRL'),
      o('R$3,4 milhões', 3.4e6, 'BRL'),
    ],
  },
];

import { c, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://bquan.live/pt/learn/articles/what-is-bitcoin-mining-a-beginners-guide/11752',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'O que é a mineração de Bitcoin? Guia para principiantes',
    blocks: [
      'Os principais custos associados à mineração incluem a compra de equipamentos, o consumo energético e a manutenção. A eletricidade é o fator decisivo para a rentabilidade, e países como o Paraguai e a Etiópia oferecem vantagens por causa dos preços baixos de energia. Os dados mais recentes indicam que, em 2025, os grandes operadores de mineração terão custos médios entre 26 000 $ e 28 000 $. Em contrapartida, o valor do Bitcoin ultrapassa 110 000 $ em 2025, garantindo a rentabilidade da atividade.',
    ],
    expect: [c('26 000 $', 26000), c('28 000 $', 28000), p('110 000 $', 110000)],
  },
];

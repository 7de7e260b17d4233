import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blog.bitso.com/pt-br/criptomoedas/preco-criptomoedas',
    lang: 'pt',
    tags: ['prose', 'format'],
    blocks: [
      'Quer uma prova? No exato momento em que este artigo é escrito, em março de 2022, o Bitcoin (BTC) está cotado em mais de R$225 mil por unidade, segundo os dados do nosso site.',
    ],
    expect: [p('R$225 mil', 225000, 'BRL')],
  },
];

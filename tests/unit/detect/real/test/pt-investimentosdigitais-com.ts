import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'http://investimentosdigitais.com/noticia/2853/quanto-custa-para-minerar-um-btc-em-cada-pais',
    lang: 'pt',
    tags: ['cost', 'prose', 'anaphora'],
    title: 'Quanto custa para minerar um BTC em cada país',
    blocks: [
      'Minerar bitcoin pode ser um bom negócio em alguns países, mas na maioria deles minerar um bitcoin (BTC) sai mais caro do que comprá-lo.',
      'No mês de julho, o custo médio para minerar um BTC nestes 198 países foi de US$ 35.400, quase o dobro do valor da criptomoeda no mês passado.',
      'O país mais barato do mundo para minerar um BTC é o Kuwait.',
      'Em abril, minerar um BTC no Kuwait custava apenas US$ 1.393.',
      'Isso porque, no país, o preço de 1kWh custava em média apenas US$ 0,03.',
      'Em contrapartida, na Venezuela é loucura minerar um BTC ao custo de US$ 246.400.',
      'No Brasil, para minerar um BTC o custo aproximado é de US$ 33.400.',
      'Na América do Sul, o país mais barato para minerar um BTC é o Chile, em torno de US$ 20.300.',
      'Já nos Estados Unidos, o maior país minerador do mundo, o custo de um BTC é de US$ 21.080.',
      'Considerando o valor do BTC no momento desta redação (US$ 23.560), compensa minerar BTC em 65 países.',
    ],
    expect: [
      c('US$ 35.400', 35400),
      c('US$ 1.393', 1393),
      o('US$ 0,03', 0.03),
      c('US$ 246.400', 246400),
      c('US$ 33.400', 33400),
      c('US$ 20.300', 20300),
      c('US$ 21.080', 21080),
      p('US$ 23.560', 23560),
    ],
  },
];

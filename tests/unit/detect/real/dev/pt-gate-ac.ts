import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gate.ac/pt-br/crypto-wiki/article/understanding-bitcoin-mining-costs-insights-from-industry-data-20251224',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'O custo de mineração de Bitcoin (BTC) é um parâmetro central para entender a economia da produção de criptomoedas. Dados do setor indicam que o custo total de mineração fica entre cerca de US$26.000 e US$36.000 por BTC, com diferenças relevantes conforme a região e a eficiência de cada operação.',
      'Custo de energia elétrica (60%-70% do custo total): os preços da eletricidade variam muito conforme a região, de US$0,03 por quilowatt-hora em áreas com muita energia hidrelétrica até US$0,15 por quilowatt-hora em locais menos favorecidos.',
      'Custo de hardware: as máquinas ASIC, feitas só para minerar Bitcoin, custam em média entre US$5.000 e US$10.000 por unidade.',
    ],
    expect: [
      c('US$26.000', 26000),
      c('US$36.000', 36000),
      o('US$0,03', 0.03),
      o('US$0,15', 0.15),
      o('US$5.000', 5000),
      o('US$10.000', 10000),
    ],
  },
];

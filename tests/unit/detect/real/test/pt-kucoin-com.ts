import { c, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.kucoin.com/pt/news/flash/bitcoin-price-falls-below-mining-costs-squeezing-miners',
    lang: 'pt',
    tags: ['cost', 'prose'],
    blocks: [
      'Numa inversão das altas do fim de 2024, o preço do BTC rompeu com clareza abaixo do custo médio de mineração. Segundo a CryptoQuant, o preço à vista está bem abaixo dos 70.000 a 80.000 dólares estimados para produzir um único Bitcoin.',
      'Julio Moreno, analista sênior da CryptoQuant, estima que o custo médio total para um minerador produzir um BTC fica entre 70.000 e 80.000 dólares. Para as mineradoras listadas, os custos variam entre 60.000 e 80.000 dólares quando se somam despesas corporativas e de capital.',
    ],
    expect: [
      c('70.000', 70000),
      c('80.000 dólares', 80000),
      c('70.000', 70000),
      c('80.000 dólares', 80000),
      c('60.000', 60000),
      c('80.000 dólares', 80000),
    ],
  },
];

import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://portalcripto.com.br/?p=71997',
    lang: 'pt',
    tags: ['cost', 'prose', 'change', 'format'],
    blocks: [
      'Charles Edwards, fundador da Capriole Investments, destacou que o custo elétrico para minerar um único Bitcoin chegou a impressionantes US$ 77.400 em 22 de abril. Ou seja, os mineradores gastam cerca de US$ 11.000 a mais em eletricidade por Bitcoin minerado do que o preço atual da criptomoeda, perto de US$ 66.175.',
      'Bitcoin Electrical Cost is now a whopping $77.4K.\nThis is the raw electricity cost to power the network, per Bitcoin mined.Bitcoin Miner Price hit $244K on Saturday!\nThis is the block reward + fees per Bitcoin mined.',
      'A Capriole calcula que o custo total de produção de um Bitcoin é ainda maior, de US$ 128.989, o que indica uma perda de cerca de US$ 52.000 por Bitcoin minerado hoje.',
      'Outras fontes, como a MacroMicro e a Universidade de Cambridge, mostram um custo médio de mineração de mais de US$ 102.000 já em 21 de abril, uma relação custo/preço de 1,57.',
    ],
    expect: [
      c('US$ 77.400', 77400),
      o('US$ 11.000', 11000),
      p('US$ 66.175', 66175),
      c('$77.4K', 77400),
      o('$244K', 244000),
      c('US$ 128.989', 128989),
      o('US$ 52.000', 52000),
      c('US$ 102.000', 102000),
    ],
  },
];

import { c, o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://data.gatenft.io/pt/crypto-wiki/article/understanding-bitcoin-mining-costs-insights-from-industry-data-20251224',
    lang: 'pt-PT',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'No final de 2025, o custo de minerar Bitcoin resulta sobretudo do consumo de eletricidade, do investimento em hardware e das despesas operacionais. Dados do sector apontam para um custo total de mineração entre cerca de 26 000 $ e 36 000 $ por BTC, com variações consoante as condições regionais.',
      'Custo da eletricidade (60%-70% do total): o preço varia amplamente consoante a região, desde 0,03 $ por quilowatt-hora em zonas com abundância hidroelétrica até 0,15 $ por quilowatt-hora noutras regiões.',
      'Custo do hardware: as máquinas de mineração convencionais custam normalmente entre 5 000 $ e 10 000 $ por unidade.',
    ],
    expect: [
      c('26 000 $', 26000),
      c('36 000 $', 36000),
      o('0,03 $', 0.03),
      o('0,15 $', 0.15),
      o('5 000 $', 5000),
      o('10 000 $', 10000),
    ],
  },
];

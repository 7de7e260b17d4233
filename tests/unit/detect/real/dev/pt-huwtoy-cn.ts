import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.huwtoy.cn/pt/news/detail/12560605084537',
    lang: 'pt',
    tags: ['prose', 'format'],
    title: 'Os mineradores de Bitcoin estão quase não aguentando mais?',
    blocks: [
      'Alguns sinais indicam que, desta vez, pode ser diferente.',
      'Pela primeira vez desde o lançamento, o Bitcoin ETF registrou uma saída líquida de 1 bilhão de dólares por três dias consecutivos; a taxa de financiamento do BTC ficou negativa e o “comprar na baixa” virou meme no Crypto Twitter.',
    ],
    expect: [o('1 bilhão de dólares', 1e9)],
  },
];

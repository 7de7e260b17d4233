import { o, p, type RealCase } from '../labels';

// PC-hardware blog: BTC in BRL among GPU prices, an exchange rate, farm costs; "U$" and "US$" both used.
export const cases: RealCase[] = [
  {
    url: 'https://meupc.net/blog/tagged/mineracao-de-bitcoin',
    lang: 'pt',
    tags: ['prose', 'format', 'change'],
    title: 'Mineração de Bitcoin deixa a placa de vídeo mais cara',
    blocks: [
      'Mineração de Bitcoin deixa a placa de vídeo mais cara',
      'Já sabemos: a dificuldade de encontrar placas de vídeo por um preço acessível se deve, principalmente, aos mineradores de criptomoedas. O Bitcoin sofre aumentos e quedas constantes. Em apenas um dia teve a valorização de U$ 10 mil, um aumento de mais de 300% em um ano. Apesar de estar valendo R$ 198.253,4, chegou a custar R$ 220 mil há uma semana.',
      'Um caso curioso é a estação de 78 placas RTX 3080 encontrada em Las Vegas. A mina de ETH consegue minerar um valor de U$ 198 mil anuais, o que hoje vale cerca de 5,30 bitcoins.',
      {
        heading: 'RTX 3080: Uma escassez de estoque',
        text: 'A placa de vídeo foi lançada pelo valor de U$ 700. Com a falta de estoque e a alta procura, o valor subiu para U$ 1200 ou até U$ 1300. Esse preço, atualmente, está na casa dos R$ 6.314,88 com o dólar valendo R$ 5,22. Somando as placas, o investimento final ficaria em US$ 90 mil, nada menos que R$ 473.616,00.',
      },
      {
        heading: 'RTX 3080: Uma escassez de estoque',
        text: 'O site calculou que o consumo de energia da mineração seria de US$ 2.166. Usando os 83,57 MH/s de cada placa no ETH, cada uma faria em média US$ 165 por mês. Somando tudo, ultrapassa rapidamente a faixa dos U$ 12 mil.',
      },
    ],
    expect: [
      o('U$ 10 mil', 10000),
      p('R$ 198.253,4', 198253.4, 'BRL'),
      p('R$ 220 mil', 220000, 'BRL'),
      o('U$ 198 mil', 198000),
      o('U$ 700', 700),
      o('U$ 1200', 1200),
      o('U$ 1300', 1300),
      o('R$ 6.314,88', 6314.88, 'BRL'),
      o('R$ 5,22', 5.22, 'BRL'),
      o('US$ 90 mil', 90000),
      o('R$ 473.616,00', 473616, 'BRL'),
      o('US$ 2.166', 2166),
      o('US$ 165 por mês', 165),
      o('U$ 12 mil', 12000),
    ],
  },
];

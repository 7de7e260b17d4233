import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://yellow.com/pt-br/news/etfs-de-bitcoin-dos-eua-registram-us-45-bi-em-saídas-em-2026---pior-início-desde-o-lançamento-em-janeiro-de-2024',
    lang: 'pt',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Os ETFs spot de Bitcoin (BTC) dos EUA tiveram quase US$ 4,5 bilhões em saídas líquidas nas oito primeiras semanas de 2026, o período mais longo de resgates desde o lançamento, segundo a SosoValue.',
      'As perdas se concentraram em cinco semanas, do fim de janeiro ao fim de fevereiro, que sozinhas tiraram cerca de US$ 4 bilhões dos 12 fundos. Só duas semanas tiveram captação líquida, cerca de US$ 1,8 bilhão.',
      {
        text: 'O IBIT, da BlackRock, perdeu mais de US$ 2,1 bilhões nessas cinco semanas, e o FBTC, da Fidelity, mais de US$ 954 milhões.',
        heading: 'Para onde o dinheiro foi',
      },
      'O analista J.A. Maartun, da CryptoQuant, estima as saídas acumuladas em US$ 8,3 bilhões desde a máxima de outubro. O conjunto mais amplo perdeu cerca de US$ 6,18 bilhões só entre novembro de 2025 e janeiro de 2026.',
      'Read also: Vitalik Buterin Has Sold $15.5M In ETH This Month - And The Withdrawals Keep Coming',
      {
        text: 'Ouro e ETFs ligados a ouro atraíram cerca de US$ 16 bilhões em três meses. O preço do Bitcoin caiu cerca de 38,5% desde a máxima histórica e é negociado na faixa dos US$ 80.000.',
        heading: 'Por que isso importa',
      },
    ],
    expect: [
      o('US$ 4,5 bilhões', 4.5e9),
      o('US$ 4 bilhões', 4e9),
      o('US$ 1,8 bilhão', 1.8e9),
      o('US$ 2,1 bilhões', 2.1e9),
      o('US$ 954 milhões', 954e6),
      o('US$ 8,3 bilhões', 8.3e9),
      o('US$ 6,18 bilhões', 6.18e9),
      o('$15.5M', 15.5e6),
      o('US$ 16 bilhões', 16e9),
      p('US$ 80.000', 80000),
    ],
  },
];

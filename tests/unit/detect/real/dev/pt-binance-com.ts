import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://binance.com/pt-BR/square/post/7120924508345',
    lang: 'pt',
    tags: ['cost', 'prose', 'forum'],
    blocks: [
      'Minerar Bitcoin custa dinheiro, e ficou mais caro para os mineradores depois da última redução da recompensa pela metade. Segundo a CoinShares, hoje custa cerca de US$ 53.000 extrair um Bitcoin, a média que as grandes mineradoras gastam por BTC.',
      '#bitcoinhalving #PowerConsumption',
    ],
    expect: [c('US$ 53.000', 53000)],
  },
  {
    url: 'https://binance.com/pt-BR/square/post/9449317543778',
    lang: 'pt',
    tags: ['prose', 'forum'],
    blocks: [
      'O Bitcoin, muitas vezes apresentado como o pioneiro das criptomoedas, moveu-se para US$ 67.034,36, uma ligeira queda de -0,61% em 24 horas.',
      'A capitalização de mercado, indicador central do valor do Bitcoin, chega a impressionantes US$ 1,32 trilhão, ou seja, a oferta circulante multiplicada pelo preço atual.',
    ],
    expect: [p('US$ 67.034,36', 67034.36), o('US$ 1,32 trilhão', 1.32e12)],
  },
  {
    url: 'https://binance.com/pt-BR/square/post/6881898040674',
    lang: 'pt',
    tags: ['forum', 'label-value'],
    blocks: [
      'Inicialmente, 50 BTC entraram em circulação ao preço de US$ 0,00 por bitcoin.',
      'Preço atual: neste momento, o preço do Bitcoin é de US$ 67.087,44.',
      'Recorde recente: há pouco tempo o Bitcoin passou de US$ 69.000, um recorde histórico, mas logo depois caiu 3,2% em 30 minutos.',
      'Capitalização de mercado: a ação recente do preço deixou a capitalização do Bitcoin em cerca de US$ 1,38 trilhão.',
    ],
    expect: [
      p('US$ 0,00', 0),
      p('US$ 67.087,44', 67087.44),
      p('US$ 69.000', 69000),
      o('US$ 1,38 trilhão', 1.38e12),
    ],
  },
];

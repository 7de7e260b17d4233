import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://app.bitstreamonline.net/pt-br/post/status/15620913',
    lang: 'pt',
    tags: ['prose', 'widget', 'format'],
    title: 'Compreender o Valor de Mercado das Criptomoedas: O Guia Completo',
    blocks: [
      'Compreender o Valor de Mercado das Criptomoedas: O Guia Completo',
      'O valor de mercado parece sofisticado, mas na verdade é simples — é apenas quanto vale uma moeda no total.',
      'A fórmula é muito fácil: Valor de Mercado = Total de Moedas em Circulação × Preço Atual',
      'Por exemplo, se o Bitcoin tem 21 milhões de moedas e cada uma custa 40.000 dólares? O valor de mercado = $840 bilhões. É só isso.',
      'Mega caps (>US$10B): Bitcoin, Ethereum. São as ações de primeira linha — sem graça, mas mais seguras.',
      'Mid caps (US$1-10B): Solana, Polkadot. Uma faixa intermediária para muitos. Boa potencial de valorização, mas com altos e baixos.',
      { text: 'BTC-1.15%', row: 'BTC' },
    ],
    expect: [
      p('40.000 dólares', 40000),
      o('$840 bilhões', 840e9),
      o('US$10B', 10e9),
      o('US$1', 1e9),
      o('10B', 10e9),
    ],
  },
];

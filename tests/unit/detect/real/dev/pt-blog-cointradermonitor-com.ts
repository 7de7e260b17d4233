import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://blog.cointradermonitor.com/tag/custo-energia',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    title: 'Mineradores em Alerta: BTC Abaixo do Custo de Mineração',
    blocks: [
      'Mineradores em Alerta: BTC Abaixo do Custo de Mineração',
      'A queda do Bitcoin para cerca de US$ 89 mil – ou R$ 461.844 segundo o Cointrader Monitor – deixa os mineradores em alerta. Pelo CBECI, energia acima de US$ 0,10/kWh gera prejuízo operacional, com o break-even nos EUA perto de US$ 94.746 por BTC.',
      {
        text: 'Segundo o CBECI e a EIA, a tarifa média nos EUA em outubro de 2025 foi de US$ 0,14/kWh, o que leva o custo médio a US$ 94.746 – acima do preço spot de US$ 87.900. Mesmo com tarifas industriais de US$ 0,09/kWh, o valor fica em US$ 86.931.',
        heading: 'Cálculo do Break-even de Mineração',
      },
      'Alex de Vries, do Digiconomist, estima cerca de 1,2 milhão de kWh por BTC. Qualquer tarifa acima de US$ 0,07/kWh dá prejuízo a US$ 85 mil. No Brasil, com o dólar a R$ 5,18, isso equivale a mais de R$ 488 mil em custos para um BTC a R$ 461 mil.',
      {
        text: 'Na China e na Rússia (US$ 0,11/kWh), o custo é de US$ 88.869. No Canadá (US$ 0,10/kWh), chega a US$ 88.003. O Paraguai, com US$ 0,05/kWh, fica em US$ 59.650. Já na Nova Zelândia passa de US$ 103.799.',
        heading: 'Disparidades Regionais nos Custos',
      },
    ],
    expect: [
      p('US$ 89 mil', 89000),
      p('R$ 461.844', 461844, 'BRL'),
      o('US$ 0,10', 0.1),
      c('US$ 94.746', 94746),
      o('US$ 0,14', 0.14),
      c('US$ 94.746', 94746),
      p('US$ 87.900', 87900),
      o('US$ 0,09', 0.09),
      c('US$ 86.931', 86931),
      o('US$ 0,07', 0.07),
      p('US$ 85 mil', 85000),
      o('R$ 5,18', 5.18, 'BRL'),
      c('R$ 488 mil', 488000, 'BRL'),
      p('R$ 461 mil', 461000, 'BRL'),
      o('US$ 0,11', 0.11),
      c('US$ 88.869', 88869),
      o('US$ 0,10', 0.1),
      c('US$ 88.003', 88003),
      o('US$ 0,05', 0.05),
      c('US$ 59.650', 59650),
      c('US$ 103.799', 103799),
    ],
  },
];

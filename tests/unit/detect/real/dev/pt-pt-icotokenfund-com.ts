import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://pt.icotokenfund.com/5-best-states-bitcoin-mining',
    lang: 'pt',
    tags: ['cost', 'format', 'prose'],
    blocks: [
      'Um relatório da Crescent Electric Supply Co. classifica os cinco melhores e os cinco piores estados para mineração, com base nos custos. Com um custo médio de US $ 3.224 por bitcoin, a Louisiana é o estado mais barato para minerar bitcoin. Idaho, Washington e Tennessee vêm em seguida, e o Arkansas - com custos médios de US $ 3.505 por bitcoin - fecha os cinco primeiros.',
      'No fim da lista aparecem New Hampshire, Massachusetts, Connecticut, Alasca e Havaí; no Havaí, o custo médio chega a US $ 9.483 por bitcoin. Como o preço de um único bitcoin subiu mais de 800% no último ano, esses custos ainda podem render um bom lucro.',
      'No momento da redação, um único bitcoin era negociado a US $ 10.488, 38.',
      {
        text: 'Massachusetts tem baixo consumo de energia per capita graças a seus programas de eficiência, o que resultou em tarifas altas de 20, 43 centavos de dólar por kWh, contra a média nacional de 13, 30 centavos de dólar por kWh.',
        heading: 'Um caso de custos de energia?',
      },
      {
        text: 'Washington e Havaí mostram um contraste parecido: o estado do Noroeste tem consumo e tarifas baixos, enquanto o Havaí paga em média 29, 03 centavos de dólar por kWh.',
        heading: 'Um caso de custos de energia?',
      },
    ],
    expect: [
      c('US $ 3.224', 3224),
      c('US $ 3.505', 3505),
      c('US $ 9.483', 9483),
      p('US $ 10.488, 38', 10488.38),
      o('20, 43 centavos de dólar', 0.2043),
      o('13, 30 centavos de dólar', 0.133),
      o('29, 03 centavos de dólar', 0.2903),
    ],
  },
];

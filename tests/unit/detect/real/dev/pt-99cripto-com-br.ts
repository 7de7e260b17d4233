import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://99cripto.com.br/aumento-na-taxa-de-hash-e-energia-eleva-custos-de-mineracao/',
    lang: 'pt',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Os custos de mineração de Bitcoin subiram com força: o custo médio de produção por moeda passou de US$70.000 no segundo trimestre de 2025, cerca de 9,4% acima dos US$64.000 do 1º trimestre — contra US$52.000 no fim de 2024.',
      'Os gastos com energia dispararam. Empresas como Terawulf e Bitdeer dizem pagar cerca de US$0,081 por quilowatt-hora, acima dos US$0,041 do primeiro trimestre de 2024.',
      'Com o Bitcoin negociado perto de US$107.600, a margem entre o lucro e o ponto de equilíbrio encolheu bastante.',
      'As mineradoras listadas acompanham o custo de hash de suas frotas, por petahash por segundo. A mediana ficou estável em ~US$34/PH/s no primeiro trimestre.',
    ],
    expect: [
      c('US$70.000', 70000),
      c('US$64.000', 64000),
      c('US$52.000', 52000),
      o('US$0,081', 0.081),
      o('US$0,041', 0.041),
      p('US$107.600', 107600),
      o('US$34', 34),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Brazilian blogspot repost of a "quem comprou R$ 100 em bitcoins" simulation: reais in words ("18 mil reais"),
// a table whose "Preço na data da compra" column holds the coin price and "Quanto valeriam hoje" the stake's value.
const header = 'Preço na data da compra';
const worth = 'Quanto valeriam hoje**';
export const cases: RealCase[] = [
  {
    url: 'https://gemasdobrasil.blogspot.com/2017/10/quem-comprou-r-100-em-bitcoins-ha-seis.html',
    lang: 'pt',
    tags: ['table', 'prose', 'change'],
    title: 'Quem comprou R$ 100 em bitcoins há seis anos hoje tem R$ 120 mil',
    blocks: [
      'Desde o começo de agosto, a bitcoin quebra um recorde de preço atrás do outro e já sobe 103,4% só nesse período. No primeiro dia do mês passado, custava cerca de 8.850 reais, e ontem valia 18 mil reais —uma diferença de 9.150 reais.',
      'Veja abaixo uma simulação do Mercado Bitcoin de compra de 100 reais em bitcoins nos últimos seis anos, supondo que a pessoa manteve as moedas na carteira.',
      { text: 'R$ 1.947,92', header, row: '31/08/2016' },
      { text: 'R$ 924,06', header: worth, row: '31/08/2016' },
      { text: 'R$ 869,04', header, row: '31/08/2015' },
      { text: 'R$ 2.071,24', header: worth, row: '31/08/2015' },
      { text: 'R$ 1.245,00', header, row: '31/08/2014' },
      { text: 'R$ 1.445,78', header: worth, row: '31/08/2014' },
      { text: 'R$ 319,95', header, row: '31/08/2013' },
      { text: 'R$ 5.625,88', header: worth, row: '31/08/2013' },
      { text: 'R$ 23,57', header, row: '31/08/2012' },
      { text: 'R$ 76.368,26', header: worth, row: '31/08/2012' },
      { text: 'R$ 15,00', header, row: '31/08/2011' },
      { text: 'R$ 120.000,00', header: worth, row: '31/08/2011' },
      '**Considera cotação de 31 de agosto de 2017, de 18 mil reais',
    ],
    expect: [
      p('8.850 reais', 8850, 'BRL'),
      p('18 mil reais', 18000, 'BRL'),
      o('9.150 reais', 9150, 'BRL'),
      o('100 reais', 100, 'BRL'),
      p('R$ 1.947,92', 1947.92, 'BRL'),
      o('R$ 924,06', 924.06, 'BRL'),
      p('R$ 869,04', 869.04, 'BRL'),
      o('R$ 2.071,24', 2071.24, 'BRL'),
      p('R$ 1.245,00', 1245, 'BRL'),
      o('R$ 1.445,78', 1445.78, 'BRL'),
      p('R$ 319,95', 319.95, 'BRL'),
      o('R$ 5.625,88', 5625.88, 'BRL'),
      p('R$ 23,57', 23.57, 'BRL'),
      o('R$ 76.368,26', 76368.26, 'BRL'),
      p('R$ 15,00', 15, 'BRL'),
      o('R$ 120.000,00', 120000, 'BRL'),
      p('18 mil reais', 18000, 'BRL'),
    ],
  },
];

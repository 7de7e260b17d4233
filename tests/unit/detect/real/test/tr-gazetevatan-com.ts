import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://gazetevatan.com/gundem/bitcoin-nedir-bitcoin-bugun-ne-kadar-1128726',
    lang: 'tr',
    tags: ['prose'],
    title: 'Bitcoin nedir? Bitcoin bugün ne kadar?',
    blocks: [
      'Bitcoin nedir? Bitcoin bugün ne kadar?',
      "Bitcoin'in piyasa değeri ise 280 milyar dolar civarında. Bu büyüklükle Bitcoin şimdiden McDonald's, Verizon, Goldman Sachs gibi devleri geride bırakmış durumda.",
    ],
    expect: [o('280 milyar dolar', 280e9)],
  },
];

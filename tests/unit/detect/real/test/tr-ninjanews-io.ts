import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://ninjanews.io/haber/kriptoda-kara-gun-bitcoin-ve-altcoinlerde-tarihi-cokus/',
    lang: 'tr',
    tags: ['prose', 'format', 'change'],
    title: 'Kriptoda kara gün: Bitcoin ve altcoinlerde tarihi çöküş',
    blocks: [
      'Hafta sonu başlayan satış dalgası pazartesi de dinmedi. Cuma günü 106 bin dolar seviyesinden işlem gören Bitcoin bugün 91 bin dolara kadar geriledi. Ethereum’da kayıp daha sert: 3.400 dolardan 2.100 dolara inen Ether yüzde 40 değer yitirdi.',
      'Düşüş kripto piyasasının toplam değerinden tam 760 milyar doları sildi; piyasa değeri 3.57 trilyon dolardan 2.81 trilyon dolara indi.',
      {
        heading: '700 Binden Fazla Yatırımcı Tasfiye Oldu!',
        text: 'Son 24 saatte 2.25 milyar dolarlık pozisyon tasfiye edildi; bu rakam LUNA ve FTX krizlerini bile geride bıraktı.',
      },
    ],
    expect: [
      p('106 bin dolar', 106000),
      p('91 bin dolara', 91000),
      o('3.400 dolardan', 3400),
      o('2.100 dolara', 2100),
      o('760 milyar doları', 760e9),
      o('3.57 trilyon dolardan', 3.57e12),
      o('2.81 trilyon dolara', 2.81e12),
      o('2.25 milyar dolarlık', 2.25e9),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://anlatilaninotesi.com.tr/20171129/bitcoin-rekor-1031189605.html',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    blocks: [
      "Bitcoin'in değeri 10 bin dolara çıkarak tüm zamanların zirvesini gördü. Bu yıl yaklaşık yüzde 1000 değer kazanan Bitcoin dün TSİ 22.00'de 9 bin 990 dolardan işlem gördü; sabah saatlerinde 10.462 dolara kadar yükseldi.",
      'Yaklaşık 900 sanal para arasında en değerlisi olan Bitcoin’in toplam piyasa değeri 170 milyar dolara yaklaşıyor.',
      'Birkaç yıl öncesine kadar bin doların altında işlem gören Bitcoin değerini kısa sürede on katına çıkardı. Bazı yatırımcılar sanal paranın 2018 sonunda 40 bin dolara ulaşacağını düşünüyor.',
    ],
    expect: [
      p('10 bin dolara', 10000),
      p('9 bin 990 dolardan', 9990),
      p('10.462 dolara', 10462),
      o('170 milyar dolara', 170e9),
      p('bin doların', 1000),
      p('40 bin dolara', 40000),
    ],
  },
];

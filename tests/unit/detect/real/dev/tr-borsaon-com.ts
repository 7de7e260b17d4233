import { c, o, p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://borsaon.com/jpmorgandan-bitcoin-ve-ethereum-tahmini',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'cost', 'format'],
    title: 'JPMorgan’dan Bitcoin ve Ethereum tahmini',
    blocks: [
      'JPMorgan, yükselen altın fiyatı nedeniyle Bitcoin fiyatının 45.000 dolara ulaşabileceğini söylüyor. Analistlere göre ons başına yaklaşık 2.000 ABD Doları olan altın fiyatı ile iki varlık birlikte hareket etme eğiliminde.',
      'JPMorgan: “Altın fiyatının 2.000 doların üzerine çıkmasıyla, merkez bankaları dışında yatırım amacıyla tutulan altının değeri şu anda yaklaşık 3 trilyon dolar. Bu da, Bitcoin’in özel yatırımcılarda altına eşitlendiği varsayımıyla bitcoin için 45.000 dolarlık bir fiyat anlamına geliyor.”',
      'JPMorgan, 45.000 $’lık Bitcoin fiyatını bir üst sınır olarak görüyor. Banka, Nisan veya Mayıs 2024’teki yarılanmanın Bitcoin’in üretim maliyetini mekanik olarak ikiye katlayarak yaklaşık 40.000 $’a çıkaracağını belirtiyor.',
      'JPMorgan stratejistleri, “Bitcoin’in üretim maliyeti tarihsel olarak etkili bir alt sınır görevi gördü” dedi.',
    ],
    expect: [
      p('45.000 dolara', 45000),
      o('2.000 ABD Doları', 2000),
      o('2.000 doların', 2000),
      o('3 trilyon dolar', 3e12),
      p('45.000 dolarlık', 45000),
      p('45.000 $’lık', 45000),
      c('40.000 $’a', 40000),
    ],
  },
];

import { o, p, type RealCase } from '../labels';

// Turkish crypto blog post on a 15-minute crash: "10.180 dolardan 8.600 dolara" (suffixed levels), a resistance,
// then a funding-rate example whose "100.000 dolarlık" position and "160 dolar" payment are not coin prices.
export const cases: RealCase[] = [
  {
    url: 'https://bitcosar.com/bitcoinin-fiyati-15-dakikada-yuzde-14-dustu/',
    lang: 'tr',
    tags: ['prose', 'format'],
    title: 'Bitcoin’in Fiyatı 15 Dakikada Yüzde 14 Düştü!',
    blocks: [
      'Bitcoin (BTC), BitMEX’te yaklaşık 15 dakika gibi çok kısa bir sürede 10.180 dolardan 8.600 dolara düştü.',
      'Piyasanın büyük kısmını oluşturan uzun pozisyonlar yüzünden Bitcoin 10.500 dolar seviyelerindeki uzun süreli dirence tepki verdi ve balinalar ellerindeki BTC’yi ucuza satarak fiyatı sert biçimde düşürdü.',
      'Örnek verecek olursak: fonlama oranı %0.01’den %0.16’ya çıktıysa ve bir satıcı 100.000 dolarlık uzun pozisyon açtıysa, her sekiz saatte bir 100.000 dolarlık kısa pozisyon sahibine 160 dolar ödemek zorundadır.',
    ],
    expect: [
      p('10.180 dolardan', 10180),
      p('8.600 dolara', 8600),
      p('10.500 dolar', 10500),
      o('100.000 dolarlık', 100000),
      o('100.000 dolarlık', 100000),
      o('160 dolar', 160),
    ],
  },
];

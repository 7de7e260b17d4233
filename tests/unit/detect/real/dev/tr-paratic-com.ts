import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://paratic.com/analistlerden-bitcoin-yatirimcilarina-uyari-bu-seviyelere-dikkat',
    lang: 'tr',
    tags: ['prose', 'anaphora'],
    blocks: [
      'Kripto piyasasındaki düşüşle birlikte analistler, Bitcoin’in (BTC) kısa vadeli yönünü belirleyecek üç kritik seviyeye dikkat çekiyor. 110.000 dolar ise “can simidi” olarak öne çıkıyor.',
      'Bitcoin haftaya satış baskısıyla başladı. Son 24 saatte yüzde 1.7 düşen BTC 112.600 dolardan işlem görürken kısa süreliğine 111.717 doları test etti. Yazım itibarıyla 113.000 dolar yakınında bulunuyor.',
      'Swissblock’a göre ilk kritik destek 112.000 dolar. Şirket, 112.000 dolar korunduğu ve Risk Endeksi sakin kaldığı sürece BTC’nin toparlanabileceğini belirtti.',
      'İkinci ve daha kritik eşik 110.000 dolar. Üçüncü önemli destek ise 111.400 dolar; bu seviye “kısa vadeli yatırımcı maliyet tabanı” denen zincir üstü metriğe karşılık geliyor.',
      'Glassnode’a göre bu metrik, son 155 günde Bitcoin alanların ortalama alış fiyatını gösteriyor.',
    ],
    expect: [
      p('110.000 dolar', 110000),
      p('112.600 dolardan', 112600),
      p('111.717 doları', 111717),
      p('113.000 dolar', 113000),
      p('112.000 dolar', 112000),
      p('112.000 dolar', 112000),
      p('110.000 dolar', 110000),
      p('111.400 dolar', 111400),
    ],
  },
];

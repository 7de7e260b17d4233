import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://muhabbit.com/bitcoin-fiyati-nereye-gidiyor-boga-rallisinden-once-ayi-tuzagi-mi-var/amp',
    lang: 'tr',
    tags: ['prose', 'format', 'anaphora'],
    title: 'Bitcoin fiyatı nereye gidiyor? Boğa rallisinden önce ayı tuzağı mı var?',
    blocks: [
      {
        heading: 'Death Cross Nedir?',
        text: 'Death cross, bir varlığın 50 günlük basit hareketli ortalaması (SMA) 200 günlük SMA’nın altına indiğinde oluşan bir ayı sinyali. Şu an Bitcoin’in 50 günlük SMA’sı 62,141 dolar seviyesinde ve aşağı eğimli; 200 günlük SMA ise 61,676 dolarda.',
      },
      {
        heading: 'Güncel Durum ve Öngörüler',
        text: 'BTC/USD günlük grafiğinde death cross 12 Eylül 2023’te teyit edildi ve fiyat aynı gün 24,000 dolar seviyesine inerek büyük bir ayı tuzağı kurdu. Toparlanan Bitcoin 14 Mart 2024’te yeni bir rekor kırdı.',
      },
      {
        heading: 'Güncel Durum ve Öngörüler',
        text: 'Bitcoin şu anda 55,056 dolar seviyesinde işlem görüyor. 56,000 dolar direncini geçemeyen BTC’nin yakın zamanda gördüğü 49,050 seviyesine dönme ihtimali bulunuyor.',
      },
    ],
    expect: [
      p('62,141 dolar', 62141),
      p('61,676 dolarda', 61676),
      p('24,000 dolar', 24000),
      p('55,056 dolar', 55056),
      p('56,000 dolar', 56000),
      p('49,050', 49050),
    ],
  },
];

cases.push({
  url: 'https://muhabbit.com/bitcoin-btc-fiyati-uretim-mining-maliyetinde/amp/',
  lang: 'tr',
  tags: ['prose', 'cost', 'format'],
  title: 'Lider Kripto Para Birimi Bitcoin (BTC)’in Fiyatı Üretim Maliyetinde!',
  blocks: [
    'Lider Kripto Para Birimi Bitcoin (BTC)’in Fiyatı Üretim Maliyetinde!',
    {
      heading: 'Bitcoin Ne Zaman Yükselecek?',
      text: 'Bitcoin şu an 7600$ – 8000$ bandında hareket ediyor ve son bir ayda yaklaşık %25 değer kaybetti. Bu yazıda düşüşe daha çok halving ve üretim maliyeti açısından bakacağız.',
    },
  ],
  expect: [p('7600$', 7600), p('8000$', 8000)],
});

import { p, type RealCase } from '../labels';

// Turkish finance portal, a Bitcoin forecast tied to the US dollar index: a price scenario in the lead
// and the bullet list; the index level (96) is a bare number next to "dolar" and must stay unlabelled.
export const cases: RealCase[] = [
  {
    url: 'https://www.borsa.net/bitcoin-fiyat-tahmini-ralli-baslatan-dolar-fraktali-yeniden-sahneye-cikiyor-mu',
    lang: 'tr',
    tags: ['prose'],
    title: 'Bitcoin Fiyat Tahmini: Ralli Başlatan Dolar Fraktali Yeniden Sahneye Çıkıyor mu?',
    blocks: [
      'ABD Dolar Endeksi, Bitcoin’in geçmişte ralli yaptığı seviyeye yaklaşıyor; bu fraktal yapı 2026 için 150.000 Dolar senaryosunu yeniden gündeme getiriyor.',
      {
        text: 'ABD Dolar Endeksi (DXY) 96 altına sarktığında Bitcoin’de %500’ü aşan ralliler görülmüştü.',
        heading: 'Öne Çıkan Noktalar',
      },
      'ETF’ler ve kurumsal talep, 2026’da Bitcoin için 150.000 dolar senaryosunu canlı tutuyor.',
      'DXY şu anda yaklaşık 96,3 seviyesinde işlem görüyor; doların zayıflaması dikkat çekiyor.',
    ],
    expect: [p('150.000 Dolar', 150000), p('150.000 dolar', 150000)],
  },
];

import { o, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://www.tapbit.com/tr/news/articles/bitcoin-etf-record-outflows-are-deceptive-as-crypto-products-absorbed-46-7-billion-in-2025',
    lang: 'tr',
    tags: ['prose', 'format'],
    blocks: [
      'Son dalgayı ele alalım. ABD’de işlem gören spot Bitcoin ETF’leri 24 Aralık’ta yaklaşık 175 milyon dolarlık net çıkış yaşadı ve art arda beşinci negatif seansı kapattı.',
      'Tablo kasvetli görünse de geniş açıdan bakınca kompleksin hâlâ yaklaşık 113,8 milyar dolarlık varlığı var ve Ocak 2024’ten bu yana yaklaşık 56,9 milyar dolarlık birikimli net giriş topladı.',
      'Farside Investors verilerine göre Aralık sonu itibarıyla yalnızca BlackRock’un IBIT’i kuruluşundan bu yana 62 milyar dolardan fazla çekti; ABD spot ETF grubu ise GBTC’den çıkan yaklaşık 25 milyar doları telafi etti.',
      'CoinShares’e göre dünya genelindeki kripto ETF ve ETP’ler Ekim başında tek haftada rekor 5,95 milyar dolar çekti; bunun 3,55 milyar doları yalnızca Bitcoin ürünlerine gitti. Ekim ayındaki net kripto ETP girişleri 7,6 milyar dolara ulaştı.',
    ],
    expect: [
      o('175 milyon dolarlık', 175e6),
      o('113,8 milyar dolarlık', 113.8e9),
      o('56,9 milyar dolarlık', 56.9e9),
      o('62 milyar dolardan', 62e9),
      o('25 milyar doları', 25e9),
      o('5,95 milyar dolar', 5.95e9),
      o('3,55 milyar doları', 3.55e9),
      o('7,6 milyar dolara', 7.6e9),
    ],
  },
];

import { p, type RealCase } from '../labels';

export const cases: RealCase[] = [
  {
    url: 'https://tr.cointelegraph.com/news/bitcoin-bull-market-2nd-leg-has-started-says-btc-price-model-creator',
    lang: 'tr',
    tags: ['prose', 'anaphora', 'format'],
    blocks: [
      'Bitcoin (BTC) fiyatı geçen hafta 67.000 dolarlık yeni zirvesini görünce, yıl sonuna kadar 100.000 dolara ulaşma olasılığı güçlendi.',
      'Stok Akışı (S2F) modelinin geliştiricisi PlanB’ye göre, Bitcoin’in 60.000 dolar seviyesindeki düzeltmesinin ardından boğa piyasasının "ikinci ayağı" başlıyor.',
      'Analist, Bitcoin’in yükselişini hızlandırmasını ve yıl sonuna kadar 100.000 ila 135.000 dolara ulaşmasını beklediğini söyledi.',
      'Fiyat tahmin modeli, halving nedeniyle Bitcoin’in değerinin en az 288.000 dolara kadar artmaya devam edeceğinde ısrarcı.',
      'Üçüncü yarılanma, fiyatın 8.787 dolardan yüzde 667,5 artışla 66.999 dolara yükselmesini sağladı.',
      'PlanB, yılın başlarında Bitcoin’in kasım ayına kadar 98.000 dolara, aralık ayına kadar da 135.000 dolara ulaşacağını söylemişti.',
    ],
    expect: [
      p('67.000 dolarlık', 67000),
      p('100.000 dolara', 100000),
      p('60.000 dolar', 60000),
      p('100.000', 100000),
      p('135.000 dolara', 135000),
      p('288.000 dolara', 288000),
      p('8.787 dolardan', 8787),
      p('66.999 dolara', 66999),
      p('98.000 dolara', 98000),
      p('135.000 dolara', 135000),
    ],
  },
];

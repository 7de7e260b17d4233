import { o, type RealCase } from '../labels';

// OKX TR (tr): record hashrate while mining costs keep rising; the only amount is a daily fee total in
// dollars with US grouping ("377,634 dolar"), a hard negative beside "4 BTC".
export const cases: RealCase[] = [
  {
    url: 'https://tr.okx.com/learn/bitcoin-hash-orani-rekor-kirdi',
    lang: 'tr',
    tags: ['cost', 'prose', 'format'],
    blocks: [
      'Hash oranı ile fiyat arasındaki bu farklılık dikkat çekiyor. Bitcoin, tüm zamanların en yüksek seviyesinin yaklaşık %25 altında kalırken madencilik maliyetleri artmaya devam ediyor.',
      'Şu anda madenciler iki gelir kaynağından yararlanıyor: blok ödülleri (her blok başına 3,125 BTC) ve işlem ücretleri. Ancak işlem ücretleri son derece düşük — günde yaklaşık 4 BTC, yani yaklaşık 377,634 dolar.',
    ],
    expect: [o('377,634 dolar', 377634)],
  },
];
